import { z } from "@/lib/report/zod";
import type { Refusal } from "@/lib/server/actions/action.schema";

/** 登录, as the login form sends it; `next` is where to go afterwards. */
export const logInInput = z
  .object({
    // No account has a longer name or password: longer input is refused before it reaches the log, the throttle or the hash.
    username: z.string().max(100, "用户名或密码不正确").default(""),
    password: z.string().max(200, "用户名或密码不正确").default(""),
    next: z.string().default("/"),
  })
  .refine((v) => v.username.trim() !== "" && v.password !== "", "请输入用户名和密码");
export type LogInInput = z.output<typeof logInInput>;

/**
 * Why nobody was signed in: "unauthenticated" for a wrong username or
 * password (the two look alike), "forbidden" while the name or the client
 * address is locked (the same for names that are no account).
 * A login that succeeds goes on to the page asked for instead.
 */
export type LogInRefusal = Refusal<"invalid" | "unauthenticated" | "forbidden">;
