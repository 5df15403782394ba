import { Font } from "@react-pdf/renderer";
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

/** The parts of a loaded face that lib/pdf uses: glyph coverage, and measuring for the page numbers. */
export interface LoadedFont {
  hasGlyphForCodePoint(codePoint: number): boolean;
  unitsPerEm: number;
  ascent: number;
  layout(text: string): { advanceWidth: number };
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
  return data;
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
