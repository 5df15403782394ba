import { FIGURE_ENTRIES, figureValue, type FigureId, type Figures } from "@/lib/report/figures";

/** At most this many figures are offered for one number; a small number (3) may equal many. */
const MAX_OFFERS = 4;
const TRAILING_NUMBER = /(?<![0-9０-９.．])([0-9０-９]+(?:[.．][0-9０-９]+)?)$/;

export interface NumberOffer {
  /** The number as typed, and where it starts in the text before the cursor. */
  typed: string;
  start: number;
  figures: FigureId[];
}

const halfWidth = (s: string) => s.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/**
 * A number just typed (ending at the cursor) that equals the value of one or
 * more figures: the editor offers to bind it, so that the text cites the
 * data instead of repeating it. Approximate values (500余) are never offered.
 */
export function numberOffer(textBeforeCursor: string, figures: Figures): NumberOffer | null {
  const m = TRAILING_NUMBER.exec(textBeforeCursor);
  if (!m?.[1]) return null;
  const value = Number(halfWidth(m[1]));
  if (!Number.isFinite(value)) return null;
  const matching = FIGURE_ENTRIES.filter((e) => figureValue(figures, e.id) === value).map((e) => e.id);
  if (matching.length === 0) return null;
  return { typed: m[1], start: m.index, figures: matching.slice(0, MAX_OFFERS) };
}
