// Run by patch-equivalence.test.ts in a fresh process per engine (each holds
// its own fonts): exports every fixture with the engine in the folder given.
// node render-fixtures.cjs <engine dir> <fixtures.json> <out dir>
"use strict";
const { readFileSync, writeFileSync } = require("node:fs");
const { join } = require("node:path");
const { loadEngineFile } = require("./engine-file.cjs");

const [dir, fixturesFile, outDir] = process.argv.slice(2);
const { exportReportPdf } = loadEngineFile(dir, { codeCache: false }).exports;
(async () => {
  for (const { name, data, options } of JSON.parse(readFileSync(fixturesFile, "utf8"))) {
    const result = await exportReportPdf(data, options);
    if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.issues)}`);
    writeFileSync(join(outDir, `${name}.pdf`), result.pdf);
  }
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
