import { describe, vi } from "vitest";
import { postgresTestDatabase, postgresUnavailable } from "../support/test-db";
import { boundedInputSuite } from "./bounded-input.suite";

vi.mock("next/headers", async () => ({ cookies: async () => (await import("../support/next-request")).cookieStore, headers: async () => new Headers() }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const skip = await postgresUnavailable();
if (skip) console.warn(`[skipped] PostgreSQL tests: ${skip}`);
describe.skipIf(skip !== null)("PostgreSQL", () => boundedInputSuite("PostgreSQL", postgresTestDatabase));
