import { mkdtempSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { resolveFonts } from "./resolve";

const LXGW = "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf";
const GKAI = "/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf";

/** A fonts folder holding the given files (links to installed fonts under an office's file names). */
function fontsDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "fazhi-fonts-"));
  for (const [name, target] of Object.entries(files)) symlinkSync(target, join(dir, name));
  return dir;
}

describe("resolveFonts", () => {
  it("uses the open faces when the fonts folder does not exist", () => {
    const setup = resolveFonts(join(tmpdir(), "no-such-fonts-dir"));
    expect(setup.fontsDirExists).toBe(false);
    expect(setup.roles.xiaobiaosong).toMatchObject({ source: "builtin" });
    expect(setup.roles.xiaobiaosong.file).toMatch(/NotoSerifSC_700Bold\.ttf$/);
    expect(setup.roles.fangsong.file).toMatch(/NotoSerifSC_400Regular\.ttf$/);
    expect(setup.roles.heiti.file).toMatch(/NotoSansSC_400Regular\.ttf$/);
    // AR PL KaitiM GB comes with fonts-arphic-gkai00mp, installed on this project's machines (its “” are full width).
    expect(setup.roles.kaiti).toMatchObject({ source: "system", file: GKAI });
  });

  it("prefers a licensed face in the fonts folder, recognised by its file name", () => {
    const setup = resolveFonts(fontsDir({ "simkai.ttf": GKAI, "方正小标宋简体.ttf": LXGW }));
    expect(setup.roles.kaiti).toMatchObject({ source: "fonts-dir", file: expect.stringMatching(/simkai\.ttf$/) });
    expect(setup.roles.xiaobiaosong).toMatchObject({ source: "fonts-dir", file: expect.stringMatching(/方正小标宋简体\.ttf$/) });
    expect(setup.roles.kaiti.reason).toContain("字体目录");
    expect(setup.roles.fangsong.source).toBe("builtin");
  });

  it("recognises a face by the family name inside the file when the file name says nothing", () => {
    // AR PL KaitiM GB names itself a Kaiti face.
    const setup = resolveFonts(fontsDir({ "font-0001.ttf": GKAI, "extra.ttf": LXGW }));
    expect(setup.roles.kaiti).toMatchObject({ source: "fonts-dir", file: expect.stringMatching(/font-0001\.ttf$/) });
    expect(setup.roles.kaiti.reason).toMatch(/字体名称/);
    expect(setup.unused).toEqual([expect.stringMatching(/extra\.ttf$/)]);
  });
});
