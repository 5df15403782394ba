/** `report fonts`: which font file prints each GB/T 9704 role in this installation, and why. */
export async function fontsCommand(): Promise<void> {
  // lib/pdf is ESM-only (react-pdf); this CommonJS entry reaches it through a dynamic import.
  const { fontReport } = await import("@/lib/pdf/fonts/report");
  const report = fontReport();
  console.log(`字体目录：${report.fontsDir}${report.fontsDirExists ? "" : "（不存在，可设置 FONTS_DIR 或创建该目录后放入字体文件）"}`);
  for (const row of report.rows) {
    console.log(`\n${row.label}（${row.use}）`);
    console.log(`  来源：${row.sourceLabel}`);
    console.log(`  文件：${row.file}`);
    console.log(`  说明：${row.reason}`);
  }
  if (report.unused.length) {
    console.log(`\n字体目录中未用于任何角色的文件（仍可用作缺字补充）：`);
    for (const f of report.unused) console.log(`  ${f}`);
  }
}
