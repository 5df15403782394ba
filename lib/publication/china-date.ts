import { calendarDay, dayStart } from "@/lib/time/format";

/**
 * Dates of publication are calendar days in the office's zone (China time
 * unless APP_TIME_ZONE says otherwise, lib/time): a 发布日期 of 2021-02-25
 * is that day's start in Beijing, whatever the server's time zone.
 */

/** The instant a calendar day (YYYY-MM-DD) starts; the schema has already refused anything else. */
export const chinaDayStart = (isoDate: string) => dayStart(isoDate) ?? new Date(`${isoDate}T00:00:00+08:00`);

/** The calendar day (YYYY-MM-DD) an instant falls on. */
export const chinaDay = (at: Date) => calendarDay(at);
