import { describe, expect, it } from "vitest";
import { contentDisposition, reportPdfFileName, submissionFileName } from "./file-name";
import { parsePdfVersion } from "./version";

describe("reportPdfFileName", () => {
  it("names the file after the office's short name and the year", () => {
    expect(reportPdfFileName({ organizationShortName: "老城区", organizationName: "洛阳市老城区人民政府", year: 2020 })).toBe(
      "老城区2020年度法治政府建设工作报告.pdf",
    );
  });

  it("falls back to the full name and leaves out an unset year", () => {
    expect(reportPdfFileName({ organizationShortName: " ", organizationName: "洛阳市老城区人民政府", year: null })).toBe(
      "洛阳市老城区人民政府法治政府建设工作报告.pdf",
    );
  });

  it("drops characters a file system refuses", () => {
    expect(reportPdfFileName({ organizationShortName: "老城/区:?", organizationName: "", year: 2021 }, "docx")).toBe(
      "老城区2021年度法治政府建设工作报告.docx",
    );
  });
});

describe("contentDisposition", () => {
  it("carries the Chinese name encoded for browsers and an ASCII fallback", () => {
    const header = contentDisposition("老城区2020年度法治政府建设工作报告.pdf");
    expect(header).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
    expect(decodeURIComponent(header.split("UTF-8''")[1] ?? "")).toBe("老城区2020年度法治政府建设工作报告.pdf");
  });
});

describe("the two versions", () => {
  it("names the 报送版 so that it never overwrites the 公开版", () => {
    expect(submissionFileName("老城区2020年度法治政府建设工作报告.pdf")).toBe("老城区2020年度法治政府建设工作报告（报送版）.pdf");
  });

  it("reads the version from a request: none is the 公开版, an unknown word is refused", () => {
    expect(parsePdfVersion(null)).toBe("public");
    expect(parsePdfVersion("")).toBe("public");
    expect(parsePdfVersion("public")).toBe("public");
    expect(parsePdfVersion("submission")).toBe("submission");
    expect(parsePdfVersion("报送")).toBeNull();
    expect(parsePdfVersion("toString")).toBeNull();
  });
});
