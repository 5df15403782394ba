// One cold Typst export in a fresh process (bench/typst.ts): load the
// compiler, read the fonts, compile the Laocheng source, write the PDF.
// Timed from when this script runs, as bench/pdf-cold.ts times ours.
// node bench/typst-cold.mjs <source.typ> <font dir> <out.pdf>
import { readFileSync, writeFileSync } from "node:fs";

const requested = performance.now();
const [source, fontDir, out] = process.argv.slice(2);
const { NodeCompiler } = await import("@myriaddreamin/typst-ts-node-compiler");
const compiler = NodeCompiler.create({ fontArgs: [{ fontPaths: [fontDir] }] });
const pdf = compiler.pdf({ mainFileContent: readFileSync(source, "utf8") });
writeFileSync(out, pdf);
const done = performance.now();
console.log(JSON.stringify({ ms: done - requested, fromStart: done, bytes: pdf.length }));
