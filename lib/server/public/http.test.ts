import { describe, expect, it } from "vitest";
import { downloadResponse } from "./http";

describe("a public download's answer", () => {
  it("is the file, 503 with Retry-After when the export queue is full, or 404 when nothing is published", async () => {
    const file = await downloadResponse({ bytes: new TextEncoder().encode("%PDF-"), fileName: "老城区2020年度法治政府建设工作报告.pdf" }, "application/pdf");
    expect(file.status).toBe(200);
    expect(file.headers.get("content-disposition")).toContain(encodeURIComponent("老城区2020年度法治政府建设工作报告.pdf"));
    const busy = downloadResponse({ busy: 5 }, "application/pdf");
    expect(busy.status).toBe(503);
    expect(busy.headers.get("retry-after")).toBe("5");
    expect(await busy.text()).toContain("请 5 秒后再试");
    expect(downloadResponse(null, "application/pdf").status).toBe(404);
  });
});
