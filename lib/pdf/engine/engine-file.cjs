// The engine file on disk: loading it with V8's code cache, saving that cache,
// and telling whether it was built from the sources as they are now.
//
// Plain CommonJS, typed by engine-file.d.cts, because three kinds of callers
// load it: the Next.js server (through load.ts), the CLI's launcher
// (lib/cli/run.mjs), which must start without tsx to be fast, and the export
// workers (lib/export-queue/worker.cjs), which Node starts from a file.
"use strict";
const { existsSync, readFileSync, renameSync, statSync, writeFileSync } = require("node:fs");
const { createRequire } = require("node:module");
const { isAbsolute, join, resolve } = require("node:path");
const { Script } = require("node:vm");

const ENGINE_FILE = "engine.cjs";
const CODE_CACHE_FILE = "engine.cache";
const MANIFEST_FILE = "engine.json";

function loadEngineFile(folder, options) {
  const useCache = !options || options.codeCache !== false;
  const dir = resolve(folder);
  const file = join(dir, ENGINE_FILE);
  if (!existsSync(file)) throw new Error(`PDF 引擎尚未构建（缺少 ${file}）：请先运行 npm run build`);
  const codeCacheFile = join(dir, CODE_CACHE_FILE);
  const cachedData = useCache && existsSync(codeCacheFile) ? readFileSync(codeCacheFile) : undefined;
  // The same wrapper Node puts around a CommonJS file; vm.Script is the one
  // way to hand V8 a code cache for it (Node 20 has no module compile cache).
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${readFileSync(file, "utf8")}\n})`, {
    filename: file,
    cachedData,
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dir);
  return {
    exports: module.exports,
    script,
    codeCache: cachedData === undefined ? "none" : script.cachedDataRejected ? "rejected" : "used",
    codeCacheFile,
  };
}

// Written aside and renamed, so that a process starting meanwhile reads the
// old cache or the new one, never half of one.
function writeCodeCache(engine) {
  const partial = `${engine.codeCacheFile}.${process.pid}.tmp`;
  writeFileSync(partial, engine.script.createCachedData());
  renameSync(partial, engine.codeCacheFile);
}

const stamp = (file) => {
  const s = statSync(file);
  return [s.size, Math.round(s.mtimeMs)];
};

// Every file the bundle was made of, with its size and modification time:
// an engine whose inputs have changed since is stale (a false alarm only
// costs a rebuild; equal size and time with other content does not happen
// in practice).
function writeManifest(dir, inputs, root) {
  const files = {};
  for (const input of inputs) {
    const file = isAbsolute(input) ? input : join(root, input);
    // esbuild's own inputs (<define:…>, <runtime>) are no files.
    if (existsSync(file)) files[file] = stamp(file);
  }
  writeFileSync(join(dir, MANIFEST_FILE), JSON.stringify({ files }));
}

function engineIsFresh(dir) {
  if (!existsSync(join(dir, ENGINE_FILE))) return false;
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(dir, MANIFEST_FILE), "utf8"));
  } catch {
    return false;
  }
  const files = manifest && typeof manifest.files === "object" && manifest.files ? manifest.files : null;
  if (!files || Object.keys(files).length === 0) return false;
  for (const [file, [size, mtime]] of Object.entries(files)) {
    try {
      const [s, m] = stamp(file);
      if (s !== size || m !== mtime) return false;
    } catch {
      return false;
    }
  }
  return true;
}

module.exports = { ENGINE_FILE, CODE_CACHE_FILE, MANIFEST_FILE, loadEngineFile, writeCodeCache, writeManifest, engineIsFresh };
