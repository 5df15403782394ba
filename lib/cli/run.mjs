#!/usr/bin/env node
// `npm run report`: the launcher. `report pdf` runs from the bundled PDF
// engine (lib/pdf/engine), which holds the command too, in plain Node: no
// TypeScript compiled on the fly, no 180 ES modules loaded one by one, and
// V8's code cache. That makes a cold `report pdf` faster than LibreOffice
// converting the same report (npm run bench). It takes the engine `npm run
// build` made when it was built from the sources as they are, else the one
// it bundled itself into node_modules/.cache on first use (rebuilt when a
// source changes), and exports from the sources under tsx when it cannot
// bundle. Every other command runs under tsx (report.ts).
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../..");
const args = process.argv.slice(2);

function runUnderTsx() {
  const tsx = join(ROOT, "node_modules/tsx/dist/cli.mjs");
  const run = spawnSync(process.execPath, [tsx, join(ROOT, "lib/cli/report.ts"), ...args], { stdio: "inherit" });
  process.exit(run.status ?? 1);
}

async function engineForCli() {
  const { engineIsFresh, loadEngineFile } = require("../pdf/engine/engine-file.cjs");
  const built = join(ROOT, ".next/pdf-engine");
  const cached = join(ROOT, "node_modules/.cache/fazhi-pdf-engine");
  let dir = [built, cached].find(engineIsFresh);
  if (!dir) {
    try {
      console.error("正在构建 PDF 引擎（首次使用或源代码有改动时，只需一次）……");
      const { bundleEngineInto } = await import("../pdf/engine/bundle.mjs");
      dir = await bundleEngineInto(cached);
    } catch (e) {
      console.error(`无法构建 PDF 引擎（${e instanceof Error ? e.message : String(e)}），改用源代码导出`);
      return null;
    }
  }
  return loadEngineFile(dir);
}

if (args[0] !== "pdf") runUnderTsx();
else {
  const engine = await engineForCli();
  if (!engine) runUnderTsx();
  else {
    const { Command } = require("commander");
    const program = new Command("report").description("法治年报命令行工具");
    engine.exports.definePdfCommand(program, async () => engine.exports);
    try {
      await program.parseAsync(process.argv);
    } catch (e) {
      console.error(e instanceof Error ? e.message : String(e));
      process.exitCode = 2;
    }
    // An engine bundled here, or a code cache of another Node: the next call starts from a fresh cache.
    if (engine.codeCache !== "used") {
      try {
        require("../pdf/engine/engine-file.cjs").writeCodeCache(engine);
      } catch {
        // A read-only installation exports just the same, only slower to start.
      }
    }
  }
}
