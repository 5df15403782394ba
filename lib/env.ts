import { z } from "zod";
import { DEFAULT_TIME_ZONE, isTimeZone } from "./time/zone";

/**
 * The environment, parsed once. A wrong value stops the process at start-up
 * with a message naming the variable, instead of failing later mid-request.
 */
const schema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^(file:|postgres(ql)?:\/\/)/, "DATABASE_URL must be file:… (SQLite) or postgresql://… (PostgreSQL)")
    .default("file:./data/app.db"),
  FONTS_DIR: z.string().trim().min(1).default("./fonts"),
  /** The zone every date and time is shown in (lib/time); not TZ, which the server may keep at UTC. */
  APP_TIME_ZONE: z.string().trim().refine(isTimeZone, "APP_TIME_ZONE must be an IANA time zone such as Asia/Shanghai").default(DEFAULT_TIME_ZONE),
});

export type Env = z.infer<typeof schema>;

export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  // An empty variable means "not set", as in most shells' `VAR= command`.
  const present = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = schema.safeParse(present);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return result.data;
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= parseEnv();
  return cached;
}
