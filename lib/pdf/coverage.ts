import type { Report } from "@/lib/report/schema";
import { textFields, type TextStyle } from "@/lib/report/walk";
import { findFallback, type FallbackFace } from "./fonts/fallback";
import { loadRoleFonts } from "./fonts/register";
import { ROLES, type FontRole } from "./fonts/roles";

/** Characters with no visible form of their own (variation selectors, joiners, BOM): never missing, dropped when printed. */
export const INVISIBLE = /[\u200b-\u200d\u2060\ufe00-\ufe0f\ufeff\u{e0100}-\u{e01ef}]/gu;

/** A character the face meant to print it lacks. */
export interface MissingChar {
  char: string;
  /** U+20BB7 */
  codePoint: string;
  /** The role faces that lack it where it occurs (仿宋, 小标宋 …). */
  roles: FontRole[];
  /** Form paths of the text fields it occurs in, e.g. parts.2.items.7.body. */
  paths: string[];
  /** The installed face that prints it instead; null when no installed font has it. */
  fallback: FallbackFace | null;
}

export interface Coverage {
  /** Every character a role face lacks, in order of first occurrence. */
  missing: MissingChar[];
  /** The subset that no installed font has: printed as a visible placeholder, never as an empty box. */
  unprintable: MissingChar[];
}

/**
 * Which role face prints a text (GB/T 9704: title 小标宋, level-1 headings
 * 黑体, level-2 headings 楷体, everything else 仿宋).
 */
export const ROLE_OF_STYLE: Record<TextStyle, FontRole> = {
  title: "xiaobiaosong",
  heading1: "heiti",
  heading2: "kaiti",
  body: "fangsong",
};

export const codePointLabel = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;

/**
 * Checks every character of the report against the faces that will print
 * it, before export: GB/T 9704 asks for every character in an embedded
 * font, and a missing glyph would otherwise print as an empty box. Each
 * missing character comes with the fields it occurs in (so the form can
 * point at them) and the installed face that will print it instead.
 */
export async function checkCoverage(report: Report): Promise<Coverage> {
  const fonts = await loadRoleFonts();
  const byChar = new Map<string, { roles: Set<FontRole>; paths: Set<string> }>();
  for (const { path, text, style } of textFields(report)) {
    const role = ROLE_OF_STYLE[style];
    for (const char of new Set(Array.from(text.replace(INVISIBLE, "")))) {
      const cp = char.codePointAt(0) ?? 0;
      if (cp < 0x20 || fonts[role].hasGlyphForCodePoint(cp)) continue;
      const entry = byChar.get(char) ?? { roles: new Set<FontRole>(), paths: new Set<string>() };
      entry.roles.add(role);
      entry.paths.add(path);
      byChar.set(char, entry);
    }
  }
  const missing: MissingChar[] = [];
  for (const [char, { roles, paths }] of byChar) {
    const cp = char.codePointAt(0) ?? 0;
    missing.push({ char, codePoint: codePointLabel(cp), roles: [...roles], paths: [...paths], fallback: await findFallback(cp) });
  }
  return { missing, unprintable: missing.filter((m) => m.fallback === null) };
}

/** One line per missing character, in Chinese, for the CLI and for logs. */
export function describeMissing(m: MissingChar): string {
  const faces = m.roles.map((r) => ROLES[r].label).join("、");
  const where = m.paths.join("、");
  const instead = m.fallback ? `改用 ${m.fallback.name} 显示` : "没有任何已安装字体含有此字，将印为占位符";
  return `“${m.char}”（${m.codePoint}）${faces}字体缺字，出现在 ${where}；${instead}`;
}
