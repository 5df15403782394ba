import { execFileSync } from "node:child_process";
import { cpSync, readdirSync, readFileSync, realpathSync } from "node:fs";
import { dirname, join, sep } from "node:path";
import { pathToFileURL } from "node:url";
import type { Plugin } from "esbuild";
import { APP_ROOT } from "./bundle.mjs";

/**
 * The packages as npm gives them, without patches/, for the test that holds
 * the patched engine to the unpatched one (patch-equivalence.test.ts). Test
 * support only.
 */
export interface PatchedPackage {
  /** @react-pdf/layout */
  name: string;
  /** patches/@react-pdf+layout+5.2.0.patch */
  patch: string;
}

/** Every package patches/ changes (patch-package names a patch file name+version.patch, with + for /). */
export function patchedPackages(): PatchedPackage[] {
  const dir = join(APP_ROOT, "patches");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".patch"))
    .sort()
    .map((f) => ({ name: f.replace(/\+[^+]+\.patch$/, "").replace("+", "/"), patch: join(dir, f) }));
}

/**
 * Copies the installed package into root/node_modules and reverses its patch
 * there (git apply -R, which fails loudly when the installed files are not
 * the patch's result), giving the files npm installed before patch-package
 * ran.
 */
export function unpatchedCopy(pkg: PatchedPackage, root: string): void {
  cpSync(realpathSync(join(APP_ROOT, "node_modules", pkg.name)), join(root, "node_modules", pkg.name), { recursive: true });
  execFileSync("git", ["apply", "-R", "-p1", pkg.patch], { cwd: root, stdio: "pipe" });
}

/**
 * An esbuild plugin that bundles the named packages from root's unpatched
 * copies instead of node_modules. Their own imports of other packages resolve
 * as before (bundleEngine's nodePaths points at node_modules). In an
 * unpatched file import.meta.url is its own location, as Node would give it
 * unbundled (pdfkit finds its standard fonts from it); the engine's build
 * points it at the app for the patched files, which need that.
 */
export function unpatchedPlugin(names: readonly string[], root: string): Plugin {
  const installed = realpathSync(join(APP_ROOT, "node_modules"));
  const copies = join(root, "node_modules") + sep;
  const skip = Symbol("resolving");
  return {
    name: "unpatched-packages",
    setup(build) {
      build.onResolve({ filter: /.*/ }, async (args) => {
        if (args.pluginData === skip || args.kind === "entry-point") return undefined;
        const resolved = await build.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: skip });
        if (resolved.errors.length > 0) return { errors: resolved.errors };
        for (const name of names) {
          const prefix = join(installed, name) + sep;
          if (resolved.path.startsWith(prefix)) return { path: join(copies, name, resolved.path.slice(prefix.length)), sideEffects: resolved.sideEffects };
        }
        return { path: resolved.path, external: resolved.external, namespace: resolved.namespace, sideEffects: resolved.sideEffects };
      });
      build.onLoad({ filter: /\.(c|m)?js$/ }, (args) => {
        if (!args.path.startsWith(copies)) return undefined;
        const url = JSON.stringify(pathToFileURL(args.path).href);
        const contents = readFileSync(args.path, "utf8").replaceAll("import.meta.url", url);
        return { contents, loader: "js", resolveDir: dirname(args.path) };
      });
    },
  };
}
