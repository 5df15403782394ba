import { fullWidthPunctuation } from "@/lib/report/punctuation";

/** One non-empty line of the source, normalised, with where it came from. */
export interface SourceLine {
  /** 1-based line number in the decoded text, for messages the user can check against the file. */
  no: number;
  text: string;
}

// Zero-width spaces and BOMs from web pages and Word exports are invisible and never content.
const INVISIBLE = /[\u200b\ufeff]/g;

// fullWidthPunctuation looks past the spaces after every character, so a run of
// thousands of spaces would cost quadratic time; longer runs than this are shortened.
const LONG_SPACES = / {17,}/g;
const MAX_SPACES = " ".repeat(16);

/**
 * Lines that carry no text at all: the "-" bullets between the fields of a
 * government website's publication header, rules made of dashes or stars.
 * They are skipped (and counted in a warning); a line with any letter, digit
 * or Chinese character is never skipped.
 */
const DECORATION = /^[-—–_=*•·~#|｜\s]+$/;

export interface SplitLines {
  lines: SourceLine[];
  /** How many decoration-only lines were skipped. */
  decoration: number;
}

/**
 * The text as trimmed lines with full-width punctuation beside Chinese, as the
 * printed report has it ("2020年以来,在市委" → "2020年以来，在市委").
 */
export function splitLines(text: string): SplitLines {
  const lines: SourceLine[] = [];
  let decoration = 0;
  text.split(/\r\n|\r|\n|\u2028|\u2029/).forEach((raw, i) => {
    // String#trim also removes the full-width space U+3000 and the no-break space that indent web copies.
    const trimmed = raw.replace(INVISIBLE, "").trim().replace(LONG_SPACES, MAX_SPACES);
    if (trimmed === "") return;
    if (DECORATION.test(trimmed)) {
      decoration += 1;
      return;
    }
    lines.push({ no: i + 1, text: fullWidthPunctuation(trimmed) });
  });
  return { lines, decoration };
}

/** Any CJK ideograph: a text without one is not a Chinese report. */
export const hasChinese = (text: string) => /[\u3400-\u9fff\uf900-\ufaff]/.test(text);
