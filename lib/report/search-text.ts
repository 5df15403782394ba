/**
 * Finding a phrase in a text and cutting a snippet around each occurrence.
 * The result is data (before / match / after), never markup: the page wraps
 * `match` in <mark> and React escapes all three, so a report containing
 * "<script>" shows it as text.
 */

export const MAX_QUERY = 100;
/** Characters shown on each side of a match. */
export const SNIPPET_CONTEXT = 30;

export interface TextHit {
  /** UTF-16 index of the match in the text. */
  index: number;
  before: string;
  match: string;
  after: string;
  /** Whether the snippet was cut at either end (the page shows "…"). */
  cutBefore: boolean;
  cutAfter: boolean;
}

export type QueryCheck = { ok: true; query: string } | { ok: false; message: string };

/** A query as typed: trimmed; 1–100 characters (counted as people count them, so 𠮷 is one). */
export function checkQuery(raw: string | undefined | null): QueryCheck {
  const query = (raw ?? "").trim();
  if (query === "") return { ok: false, message: "请输入要搜索的文字" };
  if (Array.from(query).length > MAX_QUERY) return { ok: false, message: `搜索内容不能超过${MAX_QUERY}个字` };
  return { ok: true, query };
}

/**
 * Lower-cases for matching only where that keeps every index in place, so
 * positions found in the folded text are positions in the original.
 * Chinese has no case; this is for Latin words (PDF, App) in the prose.
 */
function fold(text: string): string {
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : text;
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** `n` characters back from `at`, counting a surrogate pair (𠮷, 😀) as one and never splitting it. */
function stepBack(text: string, at: number, n: number): number {
  let i = at;
  for (let k = 0; k < n && i > 0; k++) {
    i -= 1;
    if (i > 0 && isLow(text.charCodeAt(i)) && isHigh(text.charCodeAt(i - 1))) i -= 1;
  }
  return i;
}

function stepForward(text: string, at: number, n: number): number {
  let i = at;
  for (let k = 0; k < n && i < text.length; k++) {
    const code = text.codePointAt(i) ?? 0;
    i += code > 0xffff ? 2 : 1;
  }
  return Math.min(text.length, i);
}

/**
 * Every non-overlapping occurrence of `query` in `text`, left to right, each
 * with up to `context` characters either side. `limit` stops early, so a
 * query matching everywhere costs no more than the hits shown.
 */
export function findInText(text: string, query: string, options: { context?: number; limit?: number } = {}): TextHit[] {
  const context = options.context ?? SNIPPET_CONTEXT;
  const limit = options.limit ?? Infinity;
  if (query === "" || text === "") return [];
  const haystack = fold(text);
  const needle = fold(query);
  // A query whose folding changes its length cannot be matched in folded text.
  const [h, n] = needle.length === query.length && haystack.length === text.length ? [haystack, needle] : [text, query];
  const hits: TextHit[] = [];
  for (let at = h.indexOf(n); at >= 0 && hits.length < limit; at = h.indexOf(n, at + n.length)) {
    const end = at + n.length;
    const start = stepBack(text, at, context);
    const stop = stepForward(text, end, context);
    hits.push({
      index: at,
      before: text.slice(start, at),
      match: text.slice(at, end),
      after: text.slice(end, stop),
      cutBefore: start > 0,
      cutAfter: stop < text.length,
    });
  }
  return hits;
}
