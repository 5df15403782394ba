import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";

/**
 * Converting a DOCX to PDF the way an office without Word would: LibreOffice
 * headless, with its own profile directory (a shared one locks between runs)
 * and a private fontconfig file that maps the 公文 face names to the open
 * fonts the app ships, so the layout does not depend on the machine's
 * substitutes. Test support only.
 */
export function libreOffice(): string | null {
  for (const dir of (process.env.PATH ?? "").split(":")) {
    for (const name of ["soffice", "libreoffice"]) if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return null;
}

const moduleDir = (file: string) => dirname(require.resolve(file));
const ALIASES: Array<[string[], string]> = [
  [["方正小标宋简体", "宋体"], "Noto Serif SC"],
  [["仿宋_GB2312", "仿宋"], "Noto Serif SC"],
  [["黑体"], "Noto Sans SC"],
  [["楷体_GB2312", "楷体"], "LXGW WenKai"],
];

function fontConfig(dir: string): string {
  const dirs = [
    moduleDir("@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf"),
    moduleDir("@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf"),
    moduleDir("@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf"),
    "/usr/share/fonts/truetype/lxgw-wenkai",
  ];
  const aliases = ALIASES.flatMap(([names, to]) => names.map((n) => `<alias binding="same"><family>${n}</family><prefer><family>${to}</family></prefer></alias>`));
  const file = join(dir, "fonts.conf");
  writeFileSync(
    file,
    `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>` +
      `<include ignore_missing="yes">/etc/fonts/fonts.conf</include>` +
      dirs.map((d) => `<dir>${d}</dir>`).join("") +
      `<cachedir>${join(dir, "cache")}</cachedir>${aliases.join("")}</fontconfig>`,
  );
  return file;
}

/** Converts `docx` to a PDF in a fresh directory and returns the PDF's path. */
export function docxToPdf(soffice: string, docx: string): string {
  const work = mkdtempSync(join(tmpdir(), "docx-lo-"));
  const env = { ...process.env, HOME: work, FONTCONFIG_FILE: fontConfig(work) };
  execFileSync(
    soffice,
    [`-env:UserInstallation=file://${join(work, "profile")}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", work, docx],
    { env, stdio: "pipe", timeout: 120_000 },
  );
  const pdf = readdirSync(work).find((f) => f === basename(docx).replace(/\.docx$/i, ".pdf"));
  if (!pdf) throw new Error(`LibreOffice wrote no PDF for ${docx}`);
  return join(work, pdf);
}
