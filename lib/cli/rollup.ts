import { writeFile } from "node:fs/promises";
import { createDb } from "@/lib/db/client";
import { loadRollUp } from "@/lib/db/roll-up-table";
import { parseEnv } from "@/lib/env";
import { rollUpCsv, rollUpFileName, rollUpXlsx } from "@/lib/spreadsheet/roll-up-workbook";

/**
 * `report rollup --organization 名称 --year 年 [-o file.xlsx|file.csv]`: the
 * 数据汇总 of an organization's units, as the 汇总 page's 下载Excel gives it
 * (the same query, the same rules: only reports sent to it count).
 */
export async function rollupCommand(opts: { organization: string; year: string; output?: string }): Promise<void> {
  const year = Number(opts.year);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    console.error("年度应为2000至2100之间的整数");
    process.exitCode = 1;
    return;
  }
  const db = createDb(parseEnv().DATABASE_URL);
  try {
    const org = await db.organization.findUnique({ where: { name: opts.organization }, select: { id: true, name: true } });
    if (!org) {
      console.error(`没有名为“${opts.organization}”的单位`);
      process.exitCode = 1;
      return;
    }
    const table = await loadRollUp(db, { parentId: org.id, year });
    const output = opts.output ?? rollUpFileName(org.name, year, "xlsx");
    const bytes = output.toLowerCase().endsWith(".csv") ? await rollUpCsv(table, org.name) : await rollUpXlsx(table, org.name);
    await writeFile(output, bytes);
    const counted = table.units.filter((u) => u.reportId !== null).length;
    console.log(`已写入 ${output}：${table.units.length} 个下级单位（已报送 ${counted} 个），${year}年度`);
  } finally {
    await db.disconnect();
  }
}
