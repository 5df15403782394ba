/**
 * The regulation asks for each shortcoming together with its cause, and reports
 * write them as one paragraph: "…等问题。原因分析：基层执法力量薄弱…". The
 * label may also start its own paragraph, or read 主要原因：/产生原因：.
 * The first label splits the text; everything after it is the cause.
 */
const CAUSE = /原因分析\s?：|(^|[。\n])\s?(主要原因|产生原因|原因)\s?：/;

export interface SplitCause {
  description: string;
  cause: string;
  /** False when the text names no cause: the cause stays empty for the user to write. */
  found: boolean;
}

export function splitCause(text: string): SplitCause {
  const m = CAUSE.exec(text);
  if (!m) return { description: text.trim(), cause: "", found: false };
  // The 。 or newline before 主要原因： belongs to the description.
  const end = m.index + (m[1] ?? "").length;
  return {
    description: text.slice(0, end).trim(),
    cause: text.slice(m.index + m[0].length).trim(),
    found: true,
  };
}
