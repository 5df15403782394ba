// Bundles the PDF engine (entry.ts and everything it imports: react-pdf,
// fontkit, pdfkit, React, zod…) into one CommonJS file with esbuild. Plain
// JavaScript, typed by bundle.d.mts, so that the CLI's launcher can bundle it
// on first use without tsx; `npm run build` (build.ts) and the patch
// equivalence test use the same options.
import { mkdirSync, renameSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const require = createRequire(import.meta.url);
const { ENGINE_FILE, writeManifest } = require("./engine-file.cjs");

/** The app's folder: the engine's sources sit at lib/pdf/engine within it. */
export const APP_ROOT = join(dirname(fileURLToPath(import.meta.url)), "../../..");

export async function bundleEngine(dir, extra = {}) {
  mkdirSync(dir, { recursive: true });
  const result = await build({
    entryPoints: [join(APP_ROOT, "lib/pdf/engine/entry.ts")],
    outfile: join(dir, ENGINE_FILE),
    absWorkingDir: APP_ROOT,
    bundle: true,
    platform: "node",
    format: "cjs",
    jsx: "automatic",
    metafile: true,
    define: {
      // The engine runs only in production; this also keeps React's development build out of it.
      "process.env.NODE_ENV": '"production"',
      // The bundled packages load some modules on first use, resolved from
      // import.meta.url (patches/). In the bundle they resolve from the
      // app's package.json instead, as lib/pdf/fonts finds the npm fonts:
      // the server runs in the app's folder, wherever the engine file is.
      "import.meta.url": "__appPackageUrl",
    },
    banner: { js: 'var __appPackageUrl = require("node:url").pathToFileURL(require("node:path").join(process.cwd(), "package.json")).href;' },
    logLevel: "warning",
    ...extra,
  });
  writeManifest(dir, Object.keys(result.metafile.inputs).filter((input) => !input.includes(":")), APP_ROOT);
  return dir;
}

// Bundled beside the final folder and moved into place, so that another
// process never loads a half-written engine.
export async function bundleEngineInto(dir) {
  const partial = `${dir}.${process.pid}.tmp`;
  rmSync(partial, { recursive: true, force: true });
  await bundleEngine(partial);
  rmSync(dir, { recursive: true, force: true });
  try {
    renameSync(partial, dir);
    return dir;
  } catch {
    // Another process moved its own engine in first: this one is as good.
    return partial;
  }
}
