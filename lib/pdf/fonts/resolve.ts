import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, join, resolve } from "node:path";
import { z } from "zod";
import { ROLES, type FontRole } from "./roles";
import { listFontFiles, readFaces, SYSTEM_FONT_DIRS } from "./scan";

export type FaceSource = "fonts-dir" | "system" | "builtin";

export const SOURCE_LABEL: Readonly<Record<FaceSource, string>> = {
  "fonts-dir": "字体目录",
  system: "系统",
  builtin: "内置",
};

/** The face chosen for one role, and why. */
export interface RoleFace {
  role: FontRole;
  file: string;
  /** Set for a face inside a .ttc collection. */
  postscriptName?: string;
  source: FaceSource;
  /** Why this face won, in the users' words. */
  reason: string;
}

export interface FontSetup {
  /** The fonts folder, absolute. */
  fontsDir: string;
  fontsDirExists: boolean;
  roles: Record<FontRole, RoleFace>;
  /** Font files in the fonts folder that fill no role (they still serve as fallbacks for rare characters). */
  unused: string[];
}

const envSchema = z.object({ FONTS_DIR: z.string().trim().min(1).default("./fonts") });

/** FONTS_DIR, default ./fonts, relative to the working directory like every other path an operator configures. */
export function fontsDirFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  const parsed = envSchema.safeParse({ FONTS_DIR: env.FONTS_DIR || undefined });
  return resolve(process.cwd(), parsed.success ? parsed.data.FONTS_DIR : "./fonts");
}

/** The npm package files resolve from the app's own node_modules. */
function builtinPath(module: string): string | null {
  try {
    return createRequire(join(process.cwd(), "package.json")).resolve(module);
  } catch {
    return null;
  }
}

interface Candidate {
  file: string;
  postscriptName?: string;
  matchedBy: "file" | "name";
  name: string;
}

/** Licensed faces for a role among files: by file name first (free), by the names inside the font otherwise. */
function licensedIn(files: readonly string[], role: FontRole, readNames: boolean): Candidate | null {
  const pattern = ROLES[role].licensed;
  for (const file of files) {
    if (!pattern.test(basename(file))) continue;
    if (!/\.ttc$/i.test(file)) return { file, matchedBy: "file", name: basename(file) };
    // A collection is registered by one face's PostScript name: take the one the role names (SimSun, not NSimSun).
    const faces = readFaces(file);
    const face = faces.find((f) => f.names.slice(1).some((n) => pattern.test(n))) ?? faces[0];
    if (face) return { file, postscriptName: face.postscriptName, matchedBy: "file", name: basename(file) };
  }
  if (!readNames) return null;
  for (const file of files) {
    for (const face of readFaces(file)) {
      const name = face.names.slice(1).find((n) => pattern.test(n));
      if (name) return { file, postscriptName: face.postscriptName, matchedBy: "name", name };
    }
  }
  return null;
}

function chooseFace(role: FontRole, dirFiles: readonly string[], systemFiles: readonly string[]): RoleFace {
  const def = ROLES[role];
  const inDir = licensedIn(dirFiles, role, true);
  if (inDir) {
    const how = inDir.matchedBy === "file" ? "文件名" : `字体名称“${inDir.name}”`;
    return { role, file: inDir.file, postscriptName: inDir.postscriptName, source: "fonts-dir", reason: `字体目录中的${def.label}（按${how}识别）` };
  }
  // Licensed faces installed system-wide are found by file name only: opening every system font to read names is too slow.
  const inSystem = licensedIn(systemFiles, role, false);
  if (inSystem) {
    return { role, file: inSystem.file, postscriptName: inSystem.postscriptName, source: "system", reason: `系统已安装的${def.label}` };
  }
  const openSystem = def.system.find((f) => existsSync(f));
  if (openSystem) {
    return { role, file: openSystem, source: "system", reason: `系统已安装的开源字体 ${basename(openSystem)}，字体目录中没有${def.label}` };
  }
  const builtin = builtinPath(def.builtin.module);
  if (!builtin) {
    throw new Error(`找不到${def.label}字体：字体目录中没有，内置字体 ${def.builtin.module} 也不存在（请执行 npm install）`);
  }
  const note = def.builtinNote ? `；${def.builtinNote}` : "";
  return { role, file: builtin, source: "builtin", reason: `内置开源字体 ${def.builtin.name}${note}` };
}

/** Picks the best available face for every role: the fonts folder, then system fonts, then the shipped ones. */
export function resolveFonts(fontsDir: string = fontsDirFromEnv()): FontSetup {
  const dirFiles = listFontFiles(fontsDir);
  const systemFiles = SYSTEM_FONT_DIRS.flatMap(listFontFiles);
  const choose = (role: FontRole) => chooseFace(role, dirFiles, systemFiles);
  const roles: Record<FontRole, RoleFace> = {
    xiaobiaosong: choose("xiaobiaosong"),
    fangsong: choose("fangsong"),
    heiti: choose("heiti"),
    kaiti: choose("kaiti"),
    song: choose("song"),
  };
  const used = new Set(Object.values(roles).map((f) => f.file));
  return {
    fontsDir,
    fontsDirExists: existsSync(fontsDir),
    roles,
    unused: dirFiles.filter((f) => !used.has(f)),
  };
}

let memo: FontSetup | undefined;

/**
 * The process's font setup, resolved once: the PDF renderer registers these
 * faces a single time, so the font report must show the same choice.
 * Adding fonts to the folder takes effect after a restart.
 */
export function fontSetup(): FontSetup {
  memo ??= resolveFonts();
  return memo;
}
