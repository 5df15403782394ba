import { Font } from "@react-pdf/renderer";
import { chineseHyphenation } from "../line-break";
import { fontSetup, type FontSetup } from "./resolve";
import { FONT_ROLES, type FontRole } from "./roles";

/** react-pdf family name of a role; styles refer to roles only through these. */
export const ROLE_FAMILY: Readonly<Record<FontRole, string>> = {
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

let registered: FontSetup | undefined;

/**
 * Registers the role faces and the Chinese line-breaking callback with
 * react-pdf, once per process: registration is global to react-pdf, and a
 * font file parsed once is reused by every later render (this is what keeps
 * a warm render fast).
 */
export function registerFonts(): FontSetup {
  if (registered) return registered;
  const setup = fontSetup();
  for (const role of FONT_ROLES) {
    const face = setup.roles[role];
    Font.register({ family: ROLE_FAMILY[role], src: face.file, ...(face.postscriptName ? { postscriptName: face.postscriptName } : {}) });
  }
  Font.registerHyphenationCallback(chineseHyphenation);
  registered = setup;
  return setup;
}

/** Loads a registered family through react-pdf's own store, so the coverage check and the renderer share one parsed font. */
export async function loadFamily(family: string): Promise<LoadedFont> {
  await Font.load({ fontFamily: family });
  const data = Font.getFont({ fontFamily: family }).data;
  if (!data) throw new Error(`字体 ${family} 无法加载`);
  return data;
}

/** The role faces, loaded. */
export async function loadRoleFonts(): Promise<Record<FontRole, LoadedFont>> {
  registerFonts();
  const load = (role: FontRole) => loadFamily(ROLE_FAMILY[role]);
  const [xiaobiaosong, fangsong, heiti, kaiti, song] = await Promise.all([
    load("xiaobiaosong"),
    load("fangsong"),
    load("heiti"),
    load("kaiti"),
    load("song"),
  ]);
  return { xiaobiaosong, fangsong, heiti, kaiti, song };
}
