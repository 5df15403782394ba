import { describe, expect, it } from "vitest";
import { busyResponse, exportFailedResponse } from "./index";

describe("the export routes' refusals", () => {
  it("answer a full queue with 503, Retry-After and a Chinese message", async () => {
    const res = busyResponse(7);
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("7");
    expect(res.headers.get("content-type")).toContain("text/plain");
    expect(await res.text()).toBe("正在导出的文件太多，请 7 秒后再试。");
  });

  it("answer an export that failed in its worker with 500 and a Chinese message, not a stack", async () => {
    const res = exportFailedResponse(new Error("Worker terminated due to reaching memory limit"));
    expect(res.status).toBe(500);
    expect(await res.text()).toMatch(/^导出失败/);
  });
});
