import "server-only";

/**
 * Whether a write failed on a unique constraint (Prisma's P2002), on either
 * database. One report per organization and year is enforced by the
 * database; two people creating the same year at once meet it here.
 */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}
