import { afterEach, describe, expect, it } from "vitest";
import { calendarDay, dayStart, formatDate, formatDateTime, formatTime, normalizeDateInput } from "./format";
import { DEFAULT_TIME_ZONE, isTimeZone, timeZone } from "./zone";

// 2021-02-24 12:41:05 UTC is 20:41:05 in Beijing; 2021-02-24 18:30 UTC is already the 25th there.
const noonUtc = new Date("2021-02-24T12:41:05Z");
const eveningUtc = new Date("2021-02-24T18:30:00Z");

describe("China time, whatever the process's zone", () => {
  afterEach(() => {
    delete process.env.APP_TIME_ZONE;
  });

  it("writes dates as GB/T 9704 does and times on the 24-hour clock in Beijing", () => {
    expect(formatDate(noonUtc)).toBe("2021年2月24日");
    expect(formatTime(noonUtc)).toBe("20:41");
    expect(formatTime(noonUtc, { seconds: true })).toBe("20:41:05");
    expect(formatDateTime(eveningUtc)).toBe("2021年2月25日 02:30");
    expect(formatDateTime("2021-02-24T12:41:05.000Z")).toBe("2021年2月24日 20:41");
  });

  it("takes the calendar day in the office's zone, not UTC's", () => {
    expect(calendarDay(eveningUtc)).toBe("2021-02-25");
    expect(calendarDay(eveningUtc, "UTC")).toBe("2021-02-24");
  });

  it("finds the instant a day starts in the zone", () => {
    expect(dayStart("2021-02-25")?.toISOString()).toBe("2021-02-24T16:00:00.000Z");
    expect(dayStart("2021-03-28", "Europe/Berlin")?.toISOString()).toBe("2021-03-27T23:00:00.000Z");
    expect(dayStart("2021-02-30")).toBeNull();
    expect(dayStart("24/02/2021")).toBeNull();
  });

  it("follows APP_TIME_ZONE on the server, and ignores a zone Intl does not know", () => {
    expect(timeZone()).toBe(DEFAULT_TIME_ZONE);
    process.env.APP_TIME_ZONE = "Asia/Urumqi";
    expect(formatTime(noonUtc)).toBe("18:41");
    process.env.APP_TIME_ZONE = "Mars/Olympus";
    expect(timeZone()).toBe(DEFAULT_TIME_ZONE);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
    expect(isTimeZone("UTC")).toBe(true);
  });
});

describe("dates as people type them", () => {
  it.each([
    ["2021-02-24", "2021-02-24"],
    ["2021-2-4", "2021-02-04"],
    ["2021/2/24", "2021-02-24"],
    ["2021.2.24", "2021-02-24"],
    ["2021年2月24日", "2021-02-24"],
    [" 2021 年 2 月 24 日 ", "2021-02-24"],
    ["", ""],
    ["02/24/2021", "02/24/2021"],
    ["明天", "明天"],
  ])("%s → %s", (typed, stored) => {
    expect(normalizeDateInput(typed)).toBe(stored);
  });
});
