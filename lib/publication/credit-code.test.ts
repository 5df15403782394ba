import { describe, expect, it } from "vitest";
import { creditCodeCheckCharacter, creditCodeProblem, normalizeCreditCode } from "./credit-code";
import { formatIndexNumber } from "./index-number";
import { chinaDay, chinaDayStart } from "./china-date";
import { disclosureProblem } from "./disclosure";

describe("统一社会信用代码 (GB 32100)", () => {
  it("accepts a registered enterprise's code and the demo codes", () => {
    // A code printed on a well-known company's business licence (public record).
    expect(creditCodeProblem("9144030071526726XG")).toBeNull();
    expect(creditCodeProblem("11410302MB12345674")).toBeNull();
  });

  it("finds a mistyped or swapped character by its check character", () => {
    expect(creditCodeCheckCharacter("11410302MB1234567")).toBe("4");
    expect(creditCodeProblem("11410302MB1234567X")).toBe("统一社会信用代码的校验位不符，请核对");
    expect(creditCodeProblem("11410302MB12345764")).toBe("统一社会信用代码的校验位不符，请核对");
  });

  it("says what is wrong with the length and the characters", () => {
    expect(creditCodeProblem("1141030")).toBe("统一社会信用代码应为18位");
    expect(creditCodeProblem("11410302MB1234567O")).toMatch(/不含I、O、S、V、Z/);
  });

  it("reads a code typed in lower case with spaces", () => {
    expect(normalizeCreditCode(" 9144 0300 7152 6726xg ")).toBe("9144030071526726XG");
  });
});

describe("索引号 and dates of publication", () => {
  it("joins code, year of publication and a five-digit serial", () => {
    expect(formatIndexNumber("11410302MB12345674", 2021, 1)).toBe("11410302MB12345674/2021-00001");
    expect(formatIndexNumber("11410302MB12345674", 2021, 123)).toBe("11410302MB12345674/2021-00123");
  });

  it("counts days in China time, whatever the server's zone", () => {
    expect(chinaDayStart("2021-02-25").toISOString()).toBe("2021-02-24T16:00:00.000Z");
    expect(chinaDay(new Date("2021-02-24T16:30:00Z"))).toBe("2021-02-25");
  });

  it("publishes 主动公开 and 依申请公开, never 不予公开 or a value off the list", () => {
    expect(disclosureProblem("主动公开")).toBeNull();
    expect(disclosureProblem("依申请公开")).toBeNull();
    expect(disclosureProblem("不予公开")).toBe("公开方式为不予公开的报告不能公开发布");
    expect(disclosureProblem("网站公开")).toMatch(/主动公开、依申请公开、不予公开/);
  });
});
