/** Width in characters of the body size: CJK and full-width forms one, digits and Latin half. */
export function textWidth(text: string): number {
  return Array.from(text).reduce((w, c) => w + ((c.codePointAt(0) ?? 0) < 0x2e80 ? 0.5 : 1), 0);
}

export interface SignatureIndents {
  /** Right indents in characters. */
  signature: number;
  date: number;
}

/**
 * GB/T 9704 §7.3.5.2 (no seal): the signature right-indented two characters
 * and the date's first character two characters to the right of the
 * signature's first. When that would bring the date closer than two
 * characters to the right edge, the date keeps two and the signature moves
 * left to keep the relation.
 */
export function signatureIndents(signature: string, date: string): SignatureIndents {
  const s = textWidth(signature);
  const d = textWidth(date);
  if (!signature) return { signature: 2, date: 2 };
  return s - d >= 2 ? { signature: 2, date: s - d } : { signature: 4 + d - s, date: 2 };
}
