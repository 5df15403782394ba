import { breakUnits } from "./line-break";

/**
 * GB/T 9704 §7.3.1: a long title is broken into lines "词意完整，排列对称，长短
 * 适宜", in a trapezoid or diamond shape. The drafter's own line breaks are
 * kept; a line still too long for the type area is broken here, at the
 * boundary that keeps words whole and the lines most even.
 */

/** Words common in report titles: a break never falls inside one. */
const WORDS = [
  "人民政府", "政府", "委员会", "办公室", "司法局", "领导小组", "法治政府", "法治", "建设", "工作", "情况",
  "报告", "年度", "关于", "依法治区", "依法治市", "依法治县", "依法行政", "推进", "全面", "落实", "实施",
  "第一责任人", "职责", "履行", "党政", "主要", "负责人", "总结", "计划", "安排", "要点", "年度报告",
].sort((a, b) => b.length - a.length);

/** Boundaries where a title reads naturally in two: …关于 | 2020年度 | …的报告. */
const GOOD_AFTER = ["关于", "年度", "的", "和", "及", "与", "暨", "，", "、"];
const GOOD_BEFORE = ["关于", "的报告", "的通知", "的意见", "的请示"];
/** Place names end in these: 洛阳市 | 老城区. */
const PLACE_END = /[省市区县州镇乡]$/;

const COST = { good: 0, word: 5, unknown: 40, insideWord: 1000 } as const;

/** Width in characters of the title size: CJK and full-width forms one, ASCII half. */
export function titleWidth(text: string): number {
  return Array.from(text).reduce((w, c) => w + (c.charCodeAt(0) < 0x2e80 ? 0.5 : 1), 0);
}

/** Start offsets of dictionary words found by forward maximum matching. */
function wordSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let i = 0;
  while (i < text.length) {
    const word = WORDS.find((w) => text.startsWith(w, i));
    if (word) {
      spans.push([i, i + word.length]);
      i += word.length;
    } else {
      i += 1;
    }
  }
  return spans;
}

/** How bad it is to break the text at offset `at` (between two units). */
function boundaryCost(text: string, at: number, spans: ReadonlyArray<[number, number]>): number {
  const before = text.slice(0, at);
  const after = text.slice(at);
  if (spans.some(([s, e]) => s < at && at < e)) return COST.insideWord;
  if (GOOD_AFTER.some((w) => before.endsWith(w)) || GOOD_BEFORE.some((w) => after.startsWith(w))) return COST.good;
  const wordEdge = spans.some(([s, e]) => e === at || s === at) || PLACE_END.test(before) || /\d$/.test(before) || /^\d/.test(after);
  return wordEdge ? COST.word : COST.unknown;
}

/**
 * Breaks one line of title into as few lines as fit `maxWidth`, choosing
 * the breaks that cost least: word boundaries first, then even lengths
 * (which gives the trapezoid, or the diamond for three lines).
 */
export function breakTitleLine(line: string, maxWidth: number): string[] {
  const units = breakUnits(line);
  const total = titleWidth(line);
  if (total <= maxWidth || units.length < 2) return [line];
  const spans = wordSpans(line);
  // Offsets and widths at every unit boundary.
  const offsets = [0];
  const widths = [0];
  for (const u of units) {
    offsets.push((offsets.at(-1) ?? 0) + u.length);
    widths.push((widths.at(-1) ?? 0) + titleWidth(u));
  }
  const n = offsets.length - 1;
  for (let lines = Math.ceil(total / maxWidth); lines <= n; lines++) {
    const target = total / lines;
    // best[k][i]: cheapest way to set units [0, i) on k lines.
    const best: number[][] = Array.from({ length: lines + 1 }, () => Array<number>(n + 1).fill(Infinity));
    const from: number[][] = Array.from({ length: lines + 1 }, () => Array<number>(n + 1).fill(-1));
    const row0 = best[0];
    if (row0) row0[0] = 0;
    for (let k = 1; k <= lines; k++) {
      for (let i = 1; i <= n; i++) {
        for (let j = 0; j < i; j++) {
          const prev = best[k - 1]?.[j] ?? Infinity;
          const w = (widths[i] ?? 0) - (widths[j] ?? 0);
          if (prev === Infinity || w > maxWidth) continue;
          const edge = i === n ? 0 : boundaryCost(line, offsets[i] ?? 0, spans);
          const cost = prev + (w - target) ** 2 + edge;
          if (cost < (best[k]?.[i] ?? Infinity)) {
            (best[k] ?? [])[i] = cost;
            (from[k] ?? [])[i] = j;
          }
        }
      }
    }
    if ((best[lines]?.[n] ?? Infinity) === Infinity) continue;
    const cuts: number[] = [];
    for (let k = lines, i = n; k > 0; k--) {
      cuts.unshift(i);
      i = from[k]?.[i] ?? 0;
    }
    return cuts.map((end, idx) => line.slice(offsets[idx === 0 ? 0 : (cuts[idx - 1] ?? 0)] ?? 0, offsets[end] ?? 0));
  }
  return [line];
}

/** The printed title lines: the drafter's breaks kept, over-long lines broken into an even shape. */
export function titleLines(lines: readonly string[], maxWidth: number): string[] {
  return lines.flatMap((l) => breakTitleLine(l, maxWidth));
}
