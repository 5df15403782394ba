import { Font } from "@react-pdf/renderer";
import { realpathSync } from "node:fs";
import { basename } from "node:path";
import { loadFamily, loadRoleFonts, registerFonts, roleFamilies, type LoadedFont } from "./register";
import { FONT_ROLES } from "./roles";
import { listFontFiles, readFaces, SYSTEM_FONT_DIRS } from "./scan";

/** A face that prints characters the role faces lack. */
export interface FallbackFace {
  /** react-pdf family to append to a role's font stack. */
  family: string;
  file: string;
  /** The face's name, for messages. */
  name: string;
}

interface Candidate {
  family: string;
  file: string;
  name: string;
  load: () => Promise<LoadedFont | null>;
}

// Colour emoji fonts hold bitmaps react-pdf cannot draw: choosing one would print an empty box.
const UNDRAWABLE = /emoji|color/i;
// CJK faces first: a rare Han character should come out in a Chinese design, not in a symbol font.
const CJK_FIRST = /wenkai|noto.*(cjk|sc|tc|jp)|sourcehan|source-han|wqy|wenquanyi|droid.*fallback|gkai|ukai|uming|sim|fz|hanazono|babelstone/i;

const STYLED = /bold|italic|oblique|light|thin|black|heavy|condensed|mono/i;

let candidates: Candidate[] | undefined;

const real = (file: string) => {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
};

/**
 * The fallback search order: the other role faces (already loaded), then the
 * fonts folder and the system font folders, CJK faces first. Each file is
 * only opened when the faces before it lack a character the report needs.
 */
function fallbackCandidates(): Candidate[] {
  if (candidates) return candidates;
  const setup = registerFonts();
  const families = roleFamilies();
  const roleFiles = new Set(FONT_ROLES.map((r) => setup.roles[r].file));
  const roleCandidates: Candidate[] = FONT_ROLES.map((role) => ({
    family: families[role],
    file: setup.roles[role].file,
    name: basename(setup.roles[role].file),
    load: () => loadFamily(families[role]),
  }));
  // Debian links one file under several names (fonts-japanese-mincho.ttf is HanaMinA.ttf): each file once, by its own name.
  const files = [...new Set([setup.fontsDir, ...SYSTEM_FONT_DIRS].flatMap(listFontFiles).map(real))].filter((f) => !roleFiles.has(f) && !UNDRAWABLE.test(basename(f)));
  // CJK faces first, and within each group the plain face before bold, italic or light ones.
  const rank = (f: string) => (CJK_FIRST.test(basename(f)) ? 0 : 2) + (STYLED.test(basename(f)) ? 1 : 0);
  const ordered = [...files].sort((a, b) => rank(a) - rank(b));
  const fileCandidates = ordered.map((file, i): Candidate => {
    const family = `gw-fallback-${i}`;
    return {
      family,
      file,
      name: basename(file),
      load: async () => {
        // A collection is registered through its first face; react-pdf refuses a bare .ttc.
        const face = readFaces(file)[0];
        if (!face) return null;
        Font.register({ family, src: file, ...(face.postscriptName ? { postscriptName: face.postscriptName } : {}) });
        try {
          return await loadFamily(family);
        } catch {
          return null;
        }
      },
    };
  });
  // Deduplicate role faces shared by several roles (Noto Serif SC prints both 仿宋 and 宋体 by default).
  const seen = new Set<string>();
  candidates = [...roleCandidates, ...fileCandidates].filter((c) => !seen.has(c.file) && seen.add(c.file));
  return candidates;
}

const loaded = new Map<string, Promise<LoadedFont | null>>();
const found = new Map<number, FallbackFace | null>();

/** The first face, in fallback order, that has a glyph for the code point; null when no installed font has one. */
export async function findFallback(codePoint: number): Promise<FallbackFace | null> {
  const known = found.get(codePoint);
  if (known !== undefined) return known;
  await loadRoleFonts();
  for (const c of fallbackCandidates()) {
    let font = loaded.get(c.family);
    if (!font) {
      font = c.load();
      loaded.set(c.family, font);
    }
    const glyphs = await font;
    if (glyphs?.hasGlyphForCodePoint(codePoint)) {
      const face = { family: c.family, file: c.file, name: c.name };
      found.set(codePoint, face);
      return face;
    }
  }
  found.set(codePoint, null);
  return null;
}
