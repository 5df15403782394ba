import type { Script } from "node:vm";

export const ENGINE_FILE: "engine.cjs";
export const CODE_CACHE_FILE: "engine.cache";
export const MANIFEST_FILE: "engine.json";

export interface EngineFile {
  /** What the bundle exports (lib/pdf/engine/entry.ts); checked by the caller. */
  exports: Record<string, unknown>;
  /** The compiled script, whose code cache writeCodeCache saves. */
  script: Script;
  /** "used" when V8 took the code cache; "rejected" when another Node version or other V8 flags wrote it; "none" when absent. */
  codeCache: "used" | "rejected" | "none";
  codeCacheFile: string;
}

/** Compiles and runs dir/engine.cjs, with its code cache unless told not to. */
export function loadEngineFile(dir: string, options?: { codeCache?: boolean }): EngineFile;
/** Saves V8's code cache of everything the engine has compiled so far; call it after a render. */
export function writeCodeCache(engine: Pick<EngineFile, "script" | "codeCacheFile">): void;
/** Records the bundle's input files (esbuild's metafile inputs, relative to root) in dir/engine.json. */
export function writeManifest(dir: string, inputs: readonly string[], root: string): void;
/** True when dir holds an engine whose every input file is as it was when it was bundled. */
export function engineIsFresh(dir: string): boolean;
