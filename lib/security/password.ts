import { hash, verify } from "@node-rs/argon2";

/** Argon2id with the library's defaults (memory-hard; a prebuilt binary from the npm registry, no download). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password).catch(() => false);
}

export const MIN_PASSWORD_LENGTH = 8;

export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `密码至少${MIN_PASSWORD_LENGTH}位`;
  if (password.length > 200) return "密码不能超过200位";
  return null;
}
