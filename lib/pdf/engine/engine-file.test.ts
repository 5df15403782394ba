import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ENGINE_FILE, engineIsFresh, writeManifest } from "./engine-file.cjs";

describe("an engine's freshness (the CLI rebuilds a stale one)", () => {
  const dir = mkdtempSync(join(tmpdir(), "fazhi-engine-file-"));
  const source = join(dir, "source.ts");
  writeFileSync(source, "export const a = 1;");
  writeFileSync(join(dir, ENGINE_FILE), "module.exports = {};");

  it("is fresh while every input is as it was bundled, stale once one changes or goes", () => {
    expect(engineIsFresh(dir)).toBe(false); // no manifest yet
    writeManifest(dir, ["source.ts", "<define:process.env.NODE_ENV>"], dir);
    expect(engineIsFresh(dir)).toBe(true);
    writeFileSync(source, "export const a = 12;");
    expect(engineIsFresh(dir)).toBe(false);
    writeManifest(dir, ["source.ts"], dir);
    expect(engineIsFresh(dir)).toBe(true);
    writeManifest(dir, ["source.ts", "gone.ts"], dir);
    // A file that no longer exists at bundling is no input; one that goes afterwards makes it stale.
    expect(engineIsFresh(dir)).toBe(true);
    writeFileSync(join(dir, "engine.json"), JSON.stringify({ files: { [join(dir, "gone.ts")]: [1, 1] } }));
    expect(engineIsFresh(dir)).toBe(false);
  });
});
