"use server";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/server/db";
import { formInput, parseInput, withValues } from "@/lib/server/actions/action";
import { logIn } from "@/lib/server/auth/log-in";
import { logInInput, type LogInRefusal } from "@/lib/server/auth/log-in.schema";
import { logOut } from "@/lib/server/auth/log-out";
import { SESSION_COOKIE } from "@/lib/server/auth/sessions";
import { safeNext } from "@/lib/server/auth/safe-next";
import { cookieSecure, requestClient } from "@/lib/server/auth/request-client";

/**
 * 登录: the one action nobody is signed in for, so it parses its input as
 * every action does but has no one to authorize; a refusal keeps the
 * username in the form.
 */
export async function logInAction(_prev: unknown, form: unknown): Promise<LogInRefusal> {
  const parsed = parseInput(logInInput, formInput(form));
  if (!parsed.ok) return withValues(parsed, form);
  const h = await headers();
  const result = await logIn(db(), parsed.input, requestClient(h));
  if (!result.ok) return withValues(result, form);
  (await cookies()).set(SESSION_COOKIE, result.token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    expires: result.expiresAt,
    secure: cookieSecure(h),
  });
  redirect(safeNext(parsed.input.next));
}

export async function logOutAction(): Promise<void> {
  const jar = await cookies();
  const token = jar.get(SESSION_COOKIE)?.value;
  if (token) await logOut(db(), token);
  jar.delete(SESSION_COOKIE);
  redirect("/login");
}
