import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { partOf } from "@/lib/report/test-parts";
import type { Report } from "@/lib/report/schema";
import { laocheng } from "../testing/fixtures";
import { APP_ROOT, bundleEngine } from "./bundle.mjs";
import { allPatchedPackages, patchedPackages, unpatchedCopy, unpatchedPlugin } from "./unpatched";

/**
 * patches/ claims that its speed-ups change nothing a reader sees. This holds
 * the claim to account: the engine as it ships (patched) and engines built
 * from the packages as npm gives them (the speed patches reversed; behaviour
 * patches, named +NNN+behaviour-….patch, stay in both, see unpatched.ts) export the same
 * documents, and every page is rasterised and compared pixel for pixel, no
 * tolerance. Once with every patch reversed, then one package at a time, so a
 * failure names its patch. The documents: Laocheng as published, Laocheng as
 * 报送版 with the figures appendix, a 30,000-character paragraph (some 60
 * pages, with the 草稿 watermark: the windowed pagination's long case) and
 * 200 items in one section.
 */
const DPI = 72;
const root = mkdtempSync(join(tmpdir(), "fazhi-patch-equivalence-"));
const fixturesFile = join(root, "fixtures.json");
const SENTENCE = "坚持以习近平法治思想为指导，深入推进依法行政，加快建设法治政府，群众满意率为97.44%。";

function fixtures(): Array<{ name: string; data: Report; options: object }> {
  const long = laocheng();
  const first = partOf(long, "measures").items[0];
  if (!first) throw new Error("the fixture has no first item");
  first.body = SENTENCE.repeat(Math.ceil(30_000 / SENTENCE.length)).slice(0, 30_000);
  const many = laocheng();
  partOf(many, "measures", 2).items = Array.from({ length: 200 }, (_, i) => ({
    id: `bulk-${i}`,
    heading: `第${i + 1}项工作`,
    body: "按照年度工作安排，完成了各项任务，全年办理行政复议案件12件、行政诉讼案件35件。",
    subItems: [],
  }));
  return [
    { name: "laocheng", data: laocheng(), options: {} },
    { name: "laocheng-submission-appendix", data: laocheng(), options: { version: "submission", figuresAppendix: true } },
    { name: "long-paragraph", data: long, options: {} },
    { name: "two-hundred-items", data: many, options: {} },
  ];
}

const run = promisify(execFile);

/** Exports every fixture with the engine in dir, in a process of its own (engines run side by side); returns the folder of PDFs. */
async function render(dir: string, name: string): Promise<string> {
  const out = join(root, "pdf", name);
  mkdirSync(out, { recursive: true });
  await run(process.execPath, [join(APP_ROOT, "lib/pdf/engine/render-fixtures.cjs"), dir, fixturesFile, out]);
  return out;
}

/** Every page of every PDF in the folder as a PPM image (pdftoppm), by file name. */
async function rasterise(folder: string): Promise<Map<string, Buffer>> {
  const pdfs = readdirSync(folder).filter((f) => f.endsWith(".pdf"));
  await Promise.all(pdfs.map((pdf) => run("pdftoppm", ["-r", String(DPI), join(folder, pdf), join(folder, pdf.replace(/\.pdf$/, ""))])));
  return new Map(readdirSync(folder).filter((f) => f.endsWith(".ppm")).map((f) => [f, readFileSync(join(folder, f))]));
}

/** The pages that differ, as "file-page: n pixels"; [] when all are identical. */
function differences(expected: Map<string, Buffer>, actual: Map<string, Buffer>): string[] {
  const names = [...new Set([...expected.keys(), ...actual.keys()])].sort();
  return names.flatMap((page) => {
    const a = expected.get(page);
    const b = actual.get(page);
    if (!a || !b) return [`${page}: ${a ? "missing" : "extra"} page`];
    if (a.equals(b)) return [];
    let pixels = 0;
    for (let i = 0; i < Math.max(a.length, b.length); i += 3) if (a[i] !== b[i] || a[i + 1] !== b[i + 1] || a[i + 2] !== b[i + 2]) pixels++;
    return [`${page}: ${pixels} pixels`];
  });
}

/** An engine built with the named packages as npm gives them, in its own folder. */
async function unpatchedEngine(names: readonly string[], label: string): Promise<string> {
  const copies = join(root, "copies", label);
  for (const pkg of patchedPackages().filter((p) => names.includes(p.name))) unpatchedCopy(pkg, copies);
  return bundleEngine(join(root, "engines", label), {
    plugins: [unpatchedPlugin(names, copies)],
    nodePaths: [realpathSync(join(APP_ROOT, "node_modules"))],
  });
}

const pagesOf = async (engine: Promise<string>, label: string) => rasterise(await render(await engine, label));
const ALL = patchedPackages().map((p) => p.name);
/** The pagination patch, the one that changes most: alone as well, so that its own effect is shown. */
const LAYOUT = "@react-pdf/layout";
let pages: { patched: Map<string, Buffer>; unpatched: Map<string, Buffer>; layout: Map<string, Buffer> };

beforeAll(async () => {
  writeFileSync(fixturesFile, JSON.stringify(fixtures()));
  const [patched, unpatched, layout] = await Promise.all([
    pagesOf(bundleEngine(join(root, "engines", "patched")), "patched"),
    pagesOf(unpatchedEngine(ALL, "unpatched"), "unpatched"),
    pagesOf(unpatchedEngine([LAYOUT], "layout"), "layout"),
  ]);
  pages = { patched, unpatched, layout };
}, 300_000);

describe("the patched PDF engine against react-pdf as npm gives it", () => {
  it("reverses every speed patch, keeps the behaviour patches, and the fixtures are as long as they claim", () => {
    // Every patch file is either reversed (speed) or kept (behaviour), none is skipped by a name the parser misreads.
    const files = readdirSync(join(APP_ROOT, "patches")).filter((f) => f.endsWith(".patch"));
    const kinds = allPatchedPackages().flatMap((p) => p.patches.map((f) => (f.behaviour ? "kept" : "reversed")));
    expect(kinds.length).toBe(files.length);
    expect(kinds.filter((k) => k === "reversed").length).toBe(files.filter((f) => !/\+\d+\+behaviour-[^+]*\.patch$/.test(f)).length);
    expect(ALL).toEqual(expect.arrayContaining(["@react-pdf/layout", "@react-pdf/textkit", "fontkit", "pdfkit"]));
    const count = (doc: string) => [...pages.patched.keys()].filter((p) => p.startsWith(`${doc}-`)).length;
    expect(count("laocheng")).toBeGreaterThanOrEqual(10);
    expect(count("long-paragraph")).toBeGreaterThan(58);
    expect(count("two-hundred-items")).toBeGreaterThan(20);
  });

  it("gives pixel-identical pages with every patch reversed", async () => {
    const found = differences(pages.patched, pages.unpatched);
    if (found.length > 0) {
      // Name the patch: each package reversed alone, only when there is something to explain.
      const culprits: string[] = [];
      for (const name of ALL) {
        const alone = differences(pages.patched, await pagesOf(unpatchedEngine([name], name.replace("/", "+")), name.replace("/", "+")));
        if (alone.length > 0) culprits.push(`${name}: ${alone.slice(0, 5).join(", ")}`);
      }
      expect({ found, culprits }).toEqual({ found: [], culprits: [] });
    }
    expect(found).toEqual([]);
  }, 600_000);

  it("gives pixel-identical pages without the windowed pagination alone", () => {
    expect(differences(pages.patched, pages.layout)).toEqual([]);
  });
});
