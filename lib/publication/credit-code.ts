/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character set
 * that leaves out I, O, S, V and Z (easily misread), the last a check
 * character over the first 17. The check catches a mistyped or swapped
 * character before the code is printed on every 索引号 of the organization.
 */
const CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const MODULUS = CHARSET.length;

/** Position i weighs 3^i mod 31, as GB 32100 defines the check. */
const WEIGHTS = Array.from({ length: 17 }, (_, i) => {
  let w = 1;
  for (let k = 0; k < i; k++) w = (w * 3) % MODULUS;
  return w;
});

/** The check character for the first 17 characters, or null when one is not in the set. */
export function creditCodeCheckCharacter(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CHARSET.indexOf(first17[i] ?? "");
    if (value < 0) return null;
    sum += value * (WEIGHTS[i] ?? 0);
  }
  return CHARSET[(MODULUS - (sum % MODULUS)) % MODULUS] ?? null;
}

/** What is wrong with a code as typed (already trimmed and upper-cased), in the words the form shows; null when it is valid. */
export function creditCodeProblem(code: string): string | null {
  if (code.length !== 18) return "统一社会信用代码应为18位";
  if (![...code].every((c) => CHARSET.includes(c))) return "统一社会信用代码只含数字和大写字母（不含I、O、S、V、Z）";
  if (creditCodeCheckCharacter(code.slice(0, 17)) !== code[17]) return "统一社会信用代码的校验位不符，请核对";
  return null;
}

/** Codes are printed in capitals; people type them in either case and with stray spaces. */
export const normalizeCreditCode = (raw: string) => raw.replace(/\s+/g, "").toUpperCase();
