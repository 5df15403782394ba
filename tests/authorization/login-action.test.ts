import { describe, expect, it, vi } from "vitest";
import { DEMO_PASSWORD } from "@/prisma/seed/accounts";
import { actionHarness } from "../support/action-harness";

/** What the login action set on the response, and the request headers it saw. */
const seen = vi.hoisted(() => ({ cookies: [] as { name: string; options: { secure?: boolean } }[], headers: new Headers() }));
vi.mock("next/headers", async () => {
  const { cookieStore } = await import("../support/next-request");
  return {
    cookies: async () => ({ ...cookieStore, set: (name: string, _value: string, options: { secure?: boolean }) => seen.cookies.push({ name, options }) }),
    headers: async () => seen.headers,
  };
});
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const h = actionHarness();

/** Logs in through the action, as the form posts it, and returns where the redirect went. */
async function logInThrough(next: string, headers: Record<string, string> = {}, username = "xigong"): Promise<string> {
  seen.headers = new Headers({ "x-forwarded-for": "198.51.100.1", ...headers });
  const { logInAction } = await import("@/app/login/actions");
  const form = new FormData();
  form.set("username", username);
  form.set("password", DEMO_PASSWORD);
  form.set("next", next);
  const thrown = await logInAction(null, form).then(
    (refusal) => new Error(`no redirect: ${JSON.stringify(refusal)}`),
    (error: unknown) => error,
  );
  // next/navigation's redirect() throws; its digest carries the target: NEXT_REDIRECT;type;url;status;
  const digest = thrown instanceof Error && "digest" in thrown ? String(thrown.digest) : "";
  const target = /^NEXT_REDIRECT;[a-z]+;(.*);\d+;$/.exec(digest)?.[1];
  if (target === undefined) throw thrown;
  return target;
}

describe("the login action's redirect afterwards", () => {
  it.each(["/\\evil.example/x", "/\t/evil.example", "//evil.example", "https://evil.example/", "/\\/evil.example"])("sends %j home", async (next) => {
    expect(await logInThrough(next)).toBe("/");
  });

  it("keeps a path on this site", async () => {
    expect(await logInThrough(`/reports/${h.fx().laochengReport}`)).toBe(`/reports/${h.fx().laochengReport}`);
  });
});

describe("the session cookie", () => {
  const lastCookie = () => seen.cookies.at(-1)?.options;

  it("is Secure when the request came over https, by the proxy's word or the browser's Origin", async () => {
    await logInThrough("/", { "x-forwarded-proto": "https" });
    expect(lastCookie()).toMatchObject({ secure: true, httpOnly: true, sameSite: "lax" });
    await logInThrough("/", { origin: "https://fazhi.example.gov.cn" });
    expect(lastCookie()?.secure).toBe(true);
  });

  it("is not Secure over plain http (an intranet without TLS), unless COOKIE_SECURE=1 says so", async () => {
    await logInThrough("/", { "x-forwarded-proto": "http", origin: "http://10.1.2.3:3000" });
    expect(lastCookie()?.secure).toBe(false);
    vi.stubEnv("COOKIE_SECURE", "1");
    await logInThrough("/", { "x-forwarded-proto": "http" });
    vi.unstubAllEnvs();
    expect(lastCookie()?.secure).toBe(true);
  });

  it("records where the session came from", async () => {
    await logInThrough("/", { "user-agent": "Mozilla/5.0 (Windows NT 10.0) Chrome/120.0", "x-forwarded-for": "192.0.2.9, 10.0.0.1" }, "city");
    const user = await h.db().user.findUniqueOrThrow({ where: { username: "city" } });
    const sessions = await h.db().session.findMany({ where: { userId: user.id }, orderBy: { createdAt: "desc" } });
    // The last hop is the one the proxy in front of the app added.
    expect(sessions[0]).toMatchObject({ address: "10.0.0.1", userAgent: "Mozilla/5.0 (Windows NT 10.0) Chrome/120.0" });
  });
});
