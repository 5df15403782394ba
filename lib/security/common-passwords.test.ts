import { describe, expect, it } from "vitest";
import { commonPasswordProblem } from "./common-passwords";

describe("passwords too easy to guess", () => {
  it.each([
    "password", "Password1!", "p@ssw0rd", "12345678", "88888888", "19880808", "a1234567", "qwertyuiop", "1qaz2wsx",
    "asdfghjkl;", "abcdefgh", "abcd1234", "iloveyou", "woaini1314", "zhangwei123", "admin123", "Admin@2024", "fazhi-demo",
    "Fazhi2024!", "luoyang2024", "laocheng123", "qqqqqqqq", "abcabcabc", "welcome1", "changeme!",
  ])("refuses %j", (password) => {
    expect(commonPasswordProblem(password)).not.toBeNull();
  });

  it("refuses a password built from the account's name", () => {
    expect(commonPasswordProblem("wanglin2024!", "wanglin")).not.toBeNull();
    expect(commonPasswordProblem("nilgnaw#99", "wanglin")).not.toBeNull();
    expect(commonPasswordProblem("Wanglin-88", "wanglin")).not.toBeNull();
  });

  it.each(["Zh7#qLp2-Wv", "绿水青山2024年", "river-lamp-cobalt", "tq8-Mv3!xPz", "long-enough-pw", "new-password-1"])("accepts %j", (password) => {
    expect(commonPasswordProblem(password, "reviewer")).toBeNull();
  });
});
