import { describe, expect, it } from "vitest";
import { safeNext } from "./safe-next";

describe("where login sends people afterwards", () => {
  it.each([
    ["/reports/abc/edit", "/reports/abc/edit"],
    ["/search?q=%E6%B3%95%E6%B2%BB#top", "/search?q=%E6%B3%95%E6%B2%BB#top"],
    ["/", "/"],
  ])("keeps the same-site path %s", (next, expected) => {
    expect(safeNext(next)).toBe(expected);
  });

  it.each([
    "/\\evil.example/x",
    "/\t/evil.example",
    "/\n/evil.example",
    "/%09/evil.example".replace("%09", "\t"),
    "//evil.example",
    "///evil.example",
    "/\\/evil.example",
    "https://evil.example/",
    "http:/evil.example",
    "javascript:alert(1)",
    "evil.example",
    "",
    " /reports",
  ])("sends %j home", (next) => {
    expect(safeNext(next)).toBe("/");
  });

  it("sends anything that is not a string home", () => {
    expect(safeNext(undefined)).toBe("/");
    expect(safeNext(["/reports"])).toBe("/");
  });

  it("leaves an encoded tab as a harmless path segment on this site", () => {
    // ?next=/%2509/evil.example arrives as "/%09/evil.example": percent-encoded, it stays a path here.
    expect(safeNext("/%09/evil.example")).toBe("/%09/evil.example");
  });
});
