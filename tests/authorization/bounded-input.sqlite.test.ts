import { vi } from "vitest";
import { sqliteTestDatabase } from "../support/test-db";
import { boundedInputSuite } from "./bounded-input.suite";

vi.mock("next/headers", async () => ({ cookies: async () => (await import("../support/next-request")).cookieStore, headers: async () => new Headers() }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

boundedInputSuite("SQLite", sqliteTestDatabase);
