import { afterEach, describe, expect, it, vi } from "vitest";
import { afterFrame, flushField, flushProse } from "./after-frame";

describe("prose text handed to the form after the frame", () => {
  afterEach(() => {
    flushProse();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it("hands over only the last text of a field, once, after the next frame", async () => {
    vi.useFakeTimers();
    vi.stubGlobal("requestAnimationFrame", (frame: () => void) => setTimeout(frame, 16));
    const field = {};
    const handed: string[] = [];
    afterFrame(field, () => handed.push("全"));
    afterFrame(field, () => handed.push("全年"));
    expect(handed).toEqual([]);
    await vi.advanceTimersByTimeAsync(20);
    expect(handed).toEqual(["全年"]);
    await vi.advanceTimersByTimeAsync(100);
    expect(handed).toEqual(["全年"]);
  });

  it("hands over at once what a save reads or a field leaving the page holds, and not again after the frame", async () => {
    vi.useFakeTimers();
    vi.stubGlobal("requestAnimationFrame", (frame: () => void) => setTimeout(frame, 16));
    const [preamble, closing] = [{}, {}];
    const handed: string[] = [];
    afterFrame(preamble, () => handed.push("导语"));
    afterFrame(closing, () => handed.push("特此报告。"));
    flushField(closing);
    expect(handed).toEqual(["特此报告。"]);
    flushProse();
    expect(handed).toEqual(["特此报告。", "导语"]);
    await vi.advanceTimersByTimeAsync(100);
    expect(handed).toEqual(["特此报告。", "导语"]);
  });
});
