import { describe, expect, it } from "vitest";
import { sameOrigin } from "./same-origin";

describe("same-origin POSTs", () => {
  it("takes a request whose Origin names the host it was sent to, directly or through a proxy", () => {
    expect(sameOrigin(new Headers({ origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" }))).toBe(true);
    expect(sameOrigin(new Headers({ origin: "https://fazhi.example.gov.cn", host: "127.0.0.1:3000", "x-forwarded-host": "fazhi.example.gov.cn" }))).toBe(true);
  });

  it("refuses another site's page, a missing Origin and an Origin that is not a URL", () => {
    expect(sameOrigin(new Headers({ origin: "https://evil.example", host: "127.0.0.1:3000" }))).toBe(false);
    expect(sameOrigin(new Headers({ host: "127.0.0.1:3000" }))).toBe(false);
    expect(sameOrigin(new Headers({ origin: "null", host: "127.0.0.1:3000" }))).toBe(false);
  });
});
