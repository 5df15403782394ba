import type { BuildOptions } from "esbuild";

/** The app's folder. */
export const APP_ROOT: string;
/** Bundles the engine into dir/engine.cjs with its manifest; extra options (plugins, nodePaths) are for tests. */
export function bundleEngine(dir: string, extra?: Pick<BuildOptions, "plugins" | "nodePaths">): Promise<string>;
/** bundleEngine into a folder beside dir, then moved into place; returns where the engine is. */
export function bundleEngineInto(dir: string): Promise<string>;
