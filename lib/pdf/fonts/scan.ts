import { existsSync, readdirSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { basename, join } from "node:path";
import * as fontkit from "fontkit";

/** One face inside a font file; a .ttc holds several, addressed by PostScript name. */
export interface FaceInfo {
  file: string;
  postscriptName?: string;
  /** Every name the face answers to: file name, English and Chinese family and full names. */
  names: string[];
}

const FONT_FILE = /\.(ttf|otf|ttc)$/i;

/**
 * Where operating systems keep fonts. The fallback search looks only here
 * and in the fonts folder, never across the whole disk.
 */
export const SYSTEM_FONT_DIRS: readonly string[] = [
  "/usr/share/fonts",
  "/usr/local/share/fonts",
  join(homedir(), ".local/share/fonts"),
  join(homedir(), ".fonts"),
  "C:\\Windows\\Fonts",
  "/Library/Fonts",
  "/System/Library/Fonts",
];

/** Font files under a folder (two levels deep at most, sorted); nothing when it does not exist. */
export function listFontFiles(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  const out: string[] = [];
  const walk = (d: string, depth: number) => {
    let entries: string[];
    try {
      entries = readdirSync(d).sort();
    } catch {
      return; // unreadable folder: skip it, as a font menu would
    }
    for (const name of entries) {
      const path = join(d, name);
      let isDir = false;
      try {
        isDir = statSync(path).isDirectory();
      } catch {
        continue;
      }
      if (isDir && depth < 2) walk(path, depth + 1);
      else if (!isDir && FONT_FILE.test(name)) out.push(path);
    }
  };
  walk(dir, 0);
  return out;
}

function faceNames(font: fontkit.Font): string[] {
  const names = [
    font.familyName,
    font.fullName,
    font.postscriptName,
    font.getName("fontFamily", "zh"),
    font.getName("fullName", "zh"),
  ];
  return names.filter((n): n is string => typeof n === "string" && n !== "");
}

/**
 * Opens a file to read its faces' names. Reading the names costs a parse
 * of the file, so callers try the file name first and come here only when
 * it says nothing. A damaged file yields no faces rather than an error.
 */
export function readFaces(file: string): FaceInfo[] {
  try {
    const opened = fontkit.openSync(file);
    const fonts = "fonts" in opened ? opened.fonts : [opened];
    return fonts.map((font) => ({
      file,
      postscriptName: "fonts" in opened ? font.postscriptName : undefined,
      names: [basename(file), ...faceNames(font)],
    }));
  } catch {
    return [];
  }
}
