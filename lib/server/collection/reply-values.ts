import "server-only";
import { z } from "@/lib/report/zod";

/** A reply's stored values: figure id → the value as typed and where it comes from. */
export type ReplyValues = Record<string, { value: string; note: string }>;

const stored = z.record(z.string(), z.object({ value: z.string(), note: z.string() }));

/** The JSON column back as values; anything else (written by hand) reads as none rather than failing the page. */
export function readReplyValues(json: string): ReplyValues {
  try {
    const parsed = stored.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

export function readFigureIds(json: string): string[] {
  try {
    const parsed = z.array(z.string()).safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}
