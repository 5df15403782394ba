/**
 * Run by engine.test.ts in a fresh process, because V8 reads a code cache only
 * in a process that has not compiled the engine yet: opens the engine in the
 * folder given, exports the demo report and prints one JSON line.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { openEngine } from "../engine/load";

const engine = openEngine(process.argv[2] ?? "");
const result = await engine.exportReportPdf(JSON.parse(readFileSync(join(process.cwd(), "lib/report/fixtures/laocheng-2020.json"), "utf8")));
console.log(JSON.stringify({ codeCache: engine.codeCache, ok: result.ok }));
