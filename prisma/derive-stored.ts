import { createDb } from "../lib/db/client";
import { deriveStoredRows } from "../lib/db/derive-stored";
import { parseEnv } from "../lib/env";

// Part of `npm run db:migrate`, after `prisma migrate deploy`: rows the migrations could not derive (see lib/db/derive-stored.ts).
const db = createDb(parseEnv().DATABASE_URL);
deriveStoredRows(db)
  .then((n) => n > 0 && console.log(`derived list columns, figure rows and search text for ${n} report(s)`))
  .finally(() => db.disconnect());
