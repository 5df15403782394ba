import { execFileSync } from "node:child_process";
import { cpSync, readdirSync, readFileSync, realpathSync } from "node:fs";
import { dirname, join, sep } from "node:path";
import { pathToFileURL } from "node:url";
import type { Plugin } from "esbuild";
import { APP_ROOT } from "./bundle.mjs";

/**
 * The packages as npm gives them, without patches/' speed-ups, for the test
 * that holds the patched engine to the unpatched one
 * (patch-equivalence.test.ts). Test support only.
 *
 * Two kinds of patch live in patches/. Speed patches claim to change nothing
 * a reader sees; the equivalence test reverses them and compares pages.
 * Behaviour patches change what is printed on purpose (and have tests of
 * their own, e.g. millimetre.test.ts for digits in justified lines), so both
 * engines keep them. A behaviour patch is marked by its name: patch-package's
 * sequence name starting with "behaviour-", as in
 * @react-pdf+textkit+7.0.1+002+behaviour-cjk-justify-digits.patch. It must
 * also apply to the package without the speed patches, which unpatchedCopy
 * does (and fails loudly if it cannot).
 */
export interface PatchFile {
  /** patches/@react-pdf+textkit+7.0.1+001+speed.patch */
  path: string;
  /** Kept in both engines: see above. */
  behaviour: boolean;
}

export interface PatchedPackage {
  /** @react-pdf/layout */
  name: string;
  /** The package's patch files in the order patch-package applies them (by sequence number). */
  patches: PatchFile[];
}

/**
 * A patch file's package and its place in the sequence. patch-package 8 names
 * a file name+version.patch, with + for the scope's /, or, when a package has
 * several, name+version+NNN+sequence-name.patch applied in NNN order.
 */
export function parsePatchFileName(file: string): { name: string; sequence: number; behaviour: boolean } {
  const parts = file.replace(/\.patch$/, "").split("+");
  const version = parts.findIndex((part) => /^\d+\.\d+\.\d+/.test(part));
  if (version < 1) throw new Error(`${file}: not a patch-package file name (no name+version)`);
  const [number, sequenceName = ""] = parts.slice(version + 1);
  return {
    name: parts.slice(0, version).join("/"),
    sequence: number === undefined ? 0 : Number(number),
    behaviour: sequenceName.startsWith("behaviour-"),
  };
}

/** Every package patches/ changes, with its patch files in sequence. */
export function allPatchedPackages(): PatchedPackage[] {
  const dir = join(APP_ROOT, "patches");
  const byName = new Map<string, Array<PatchFile & { sequence: number }>>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".patch"))) {
    const { name, sequence, behaviour } = parsePatchFileName(file);
    byName.set(name, [...(byName.get(name) ?? []), { path: join(dir, file), behaviour, sequence }]);
  }
  return [...byName.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, files]) => ({ name, patches: files.sort((a, b) => a.sequence - b.sequence).map(({ path, behaviour }) => ({ path, behaviour })) }));
}

/** The packages with at least one speed patch: the ones the equivalence test builds unpatched. */
export function patchedPackages(): PatchedPackage[] {
  return allPatchedPackages().filter((p) => p.patches.some((f) => !f.behaviour));
}

/**
 * Copies the installed package into root/node_modules and reverses its
 * patches there, last first (git apply -R, which fails loudly when the
 * installed files are not the patches' result), then applies its behaviour
 * patches again in order: the files npm installed plus only the changes
 * meant to be seen.
 */
export function unpatchedCopy(pkg: PatchedPackage, root: string): void {
  cpSync(realpathSync(join(APP_ROOT, "node_modules", pkg.name)), join(root, "node_modules", pkg.name), { recursive: true });
  const git = (...args: string[]) => execFileSync("git", args, { cwd: root, stdio: "pipe" });
  for (const patch of [...pkg.patches].reverse()) git("apply", "-R", "-p1", patch.path);
  for (const patch of pkg.patches.filter((p) => p.behaviour)) git("apply", "-p1", patch.path);
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
