import { Font } from "@react-pdf/renderer";
import { FRAME_ABOVE_BASELINE } from "../grid";
import { chineseHyphenation } from "../line-break";
import { fontSetup, type FontSetup } from "./resolve";
import { FONT_ROLES, type FontRole } from "./roles";

/** react-pdf family name of a role, as registered; styles take theirs from roleFamilies(). */
const ROLE_FAMILY: Readonly<Record<FontRole, string>> = {
  xiaobiaosong: "gw-xiaobiaosong",
  fangsong: "gw-fangsong",
  heiti: "gw-heiti",
  kaiti: "gw-kaiti",
  song: "gw-song",
};

/** A laid-out glyph as lib/pdf reads it: its ink box and its outline (font units, y up). */
export interface LoadedGlyph {
  bbox: { minX: number; minY: number; maxX: number; maxY: number };
  path: { toSVG(): string };
}

/** The parts of a loaded face that lib/pdf uses: glyph coverage, measuring, and outlines for the page numbers and the watermark. */
export interface LoadedFont {
  hasGlyphForCodePoint(codePoint: number): boolean;
  unitsPerEm: number;
  ascent: number;
  layout(text: string): { advanceWidth: number; glyphs: LoadedGlyph[]; positions: Array<{ xAdvance: number; xOffset: number; yOffset: number }> };
}

/**
 * react-pdf puts a line's baseline one ascent (the largest of its faces')
 * below the top of the line box, and every face has its own ascent: Noto
 * Serif SC 1.151 em, LXGW WenKai 0.928 em. A line in 楷体 then sits off the
 * grid, and the first line's characters start 1.6 mm below the type area.
 * Giving every face the character frame's height instead puts each frame's
 * top on its line box's top, whatever the face; pdfkit reads the same value
 * for text it draws directly (page numbers), so both agree.
 */
function onFrame(font: LoadedFont): LoadedFont {
  const ascent = FRAME_ABOVE_BASELINE * font.unitsPerEm;
  if (font.ascent !== ascent) Object.defineProperty(font, "ascent", { value: ascent, configurable: true });
  return font;
}

let registered: { setup: FontSetup; families: Record<FontRole, string> } | undefined;

/**
 * Registers the role faces and the Chinese line-breaking callback with
 * react-pdf, once per process: registration is global to react-pdf, and a
 * font file parsed once is reused by every later render (this is what keeps
 * a warm render fast).
 *
 * A face that fills several roles (Noto Serif SC prints 仿宋 and 宋体 by
 * default) is registered once, under the first role's family: react-pdf
 * keeps one parsed font per family, so a second family for the same file
 * would read and parse another 15 MB and decode its layout tables again on
 * the first render.
 */
function register(): { setup: FontSetup; families: Record<FontRole, string> } {
  if (registered) return registered;
  const setup = fontSetup();
  const byFace = new Map<string, string>();
  const families = { ...ROLE_FAMILY };
  for (const role of FONT_ROLES) {
    const face = setup.roles[role];
    const key = `${face.file}\0${face.postscriptName ?? ""}`;
    const shared = byFace.get(key);
    if (shared) {
      families[role] = shared;
      continue;
    }
    byFace.set(key, ROLE_FAMILY[role]);
    Font.register({ family: ROLE_FAMILY[role], src: face.file, ...(face.postscriptName ? { postscriptName: face.postscriptName } : {}) });
  }
  Font.registerHyphenationCallback(chineseHyphenation);
  registered = { setup, families };
  return registered;
}

/** The process's font setup, registered with react-pdf on first use. */
export function registerFonts(): FontSetup {
  return register().setup;
}

/** The react-pdf family that prints each role (roles sharing a face share a family). */
export function roleFamilies(): Readonly<Record<FontRole, string>> {
  return register().families;
}

/** Loads a registered family through react-pdf's own store, so the coverage check and the renderer share one parsed font. */
export async function loadFamily(family: string): Promise<LoadedFont> {
  await Font.load({ fontFamily: family });
  const data = Font.getFont({ fontFamily: family }).data;
  if (!data) throw new Error(`字体 ${family} 无法加载`);
  return onFrame(data);
}

/** The role faces, loaded (a face shared by several roles is loaded once). */
export async function loadRoleFonts(): Promise<Record<FontRole, LoadedFont>> {
  const families = roleFamilies();
  const load = (role: FontRole) => loadFamily(families[role]);
  const [xiaobiaosong, fangsong, heiti, kaiti, song] = await Promise.all([
    load("xiaobiaosong"),
    load("fangsong"),
    load("heiti"),
    load("kaiti"),
    load("song"),
  ]);
  return { xiaobiaosong, fangsong, heiti, kaiti, song };
}
