import { SESSION_COOKIE } from "../../lib/server/auth/sessions";

/**
 * Stands in for the request of a server action in unit tests: the session
 * cookie the "browser" sends. Tests mock next/headers with `cookieStore`,
 * then set `request.token` to act as a given person (or undefined for nobody).
 */
export const request: { token: string | undefined } = { token: undefined };

export const cookieStore = {
  get: (name: string) => (name === SESSION_COOKIE && request.token ? { name, value: request.token } : undefined),
  set: () => undefined,
  delete: () => undefined,
};
