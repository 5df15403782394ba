import { createDb } from "../lib/db/client";
import { parseEnv } from "../lib/env";
import { seedDemo } from "./seed/demo";

// `npm run db:seed`: loads the demo data into the database DATABASE_URL names.
const db = createDb(parseEnv().DATABASE_URL);
seedDemo(db)
  .then(({ reportId }) => console.log(`demo data ready (洛阳市老城区人民政府 2020: ${reportId})`))
  .finally(() => db.disconnect());
