import type { IFontAttributesProperties } from "docx";

/**
 * The faces GB/T 9704 names, under the names government machines know them
 * by. A DOCX carries names, not font files: WPS and Word pick the face by
 * name, and the font table's altName gives the face to use where the first
 * is not installed (仿宋_GB2312 → 仿宋, 楷体_GB2312 → 楷体).
 */
export const FACE = {
  xiaobiaosong: "方正小标宋简体",
  fangsong: "仿宋_GB2312",
  heiti: "黑体",
  kaiti: "楷体_GB2312",
  song: "宋体",
} as const;

/** One face for every script of a run: digits and Latin letters print in the role's face too. */
export const runFont = (face: string): IFontAttributesProperties => ({ ascii: face, hAnsi: face, eastAsia: face, cs: face, hint: "eastAsia" });

interface FontEntry {
  name: string;
  altName?: string;
  /** OOXML font family class, which lets a reader pick a like face when neither name is installed. */
  family: "roman" | "modern" | "swiss" | "script";
}

const TABLE: FontEntry[] = [
  { name: FACE.xiaobiaosong, altName: "宋体", family: "script" },
  { name: FACE.fangsong, altName: "仿宋", family: "modern" },
  { name: "仿宋", family: "modern" },
  { name: FACE.heiti, family: "modern" },
  { name: FACE.kaiti, altName: "楷体", family: "modern" },
  { name: "楷体", family: "modern" },
  { name: FACE.song, family: "roman" },
];

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

/**
 * word/fontTable.xml, written here because the docx package writes no
 * altName. Charset 86 is GB2312: it tells Word the faces are Simplified Chinese.
 */
export function fontTableXml(): string {
  const fonts = TABLE.map(
    (f) =>
      `<w:font w:name="${escape(f.name)}">` +
      (f.altName ? `<w:altName w:val="${escape(f.altName)}"/>` : "") +
      `<w:charset w:val="86"/><w:family w:val="${f.family}"/><w:pitch w:val="variable"/></w:font>`,
  ).join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<w:fonts xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${fonts}</w:fonts>`
  );
}
