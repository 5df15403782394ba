/**
 * Dates of publication are calendar days in China (UTC+8, no daylight
 * saving): a 发布日期 of 2021-02-25 is that day's start in Beijing, whatever
 * the server's time zone.
 */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The instant a China calendar day (YYYY-MM-DD) starts. */
export const chinaDayStart = (isoDate: string) => new Date(`${isoDate}T00:00:00+08:00`);

/** The China calendar day (YYYY-MM-DD) an instant falls on. */
export const chinaDay = (at: Date) => new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
