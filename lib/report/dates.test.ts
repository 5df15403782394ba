import { describe, expect, it } from "vitest";
import { chineseDate, isoDateOf } from "./dates";

describe("isoDateOf", () => {
  it("reads a date as people type it, whatever the browser's language", () => {
    for (const typed of ["2021-02-24", "2021-2-24", "2021/2/24", "2021.2.24", "2021年2月24日", "２０２１年２月２４日", " 2021 - 2 - 24 "]) {
      expect(isoDateOf(typed), typed).toBe("2021-02-24");
    }
  });

  it("gives null for what is not a date, leaving the message to the schema", () => {
    for (const typed of ["", "2021", "24/02/2021", "二〇二一年二月", "2021-02-24T00:00"]) expect(isoDateOf(typed), typed).toBeNull();
  });

  it("round-trips with the printed form", () => {
    expect(isoDateOf(chineseDate("2021-02-24"))).toBe("2021-02-24");
  });
});
