import "server-only";
import { createDb, type Db } from "@/lib/db/client";
import { env } from "@/lib/env";

// One client per process. Next.js dev reloads modules on every change, so the
// client is kept on globalThis to avoid opening a new connection pool each time.
const holder = globalThis as typeof globalThis & { fazhiDb?: Db };

export function db(): Db {
  holder.fazhiDb ??= createDb(env().DATABASE_URL);
  return holder.fazhiDb;
}
