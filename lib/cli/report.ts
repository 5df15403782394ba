#!/usr/bin/env node
import { Command } from "commander";
import { fontsCommand } from "./fonts";
import { definePdfCommand } from "./pdf-program";
import { docxCommand } from "./docx";
import { validateCommand } from "./validate";
import { importCommand } from "./import";
import { createAdminCommand } from "./create-admin";
import { checkCommand } from "./check";
import { backupCommand, restoreCommand } from "./backup";
import { rollupCommand } from "./rollup";

// `npm run report -- <command>`: the same operations the app offers, for people and for tests.
const program = new Command("report").description("法治年报命令行工具");

program
  .command("validate")
  .description("校验报告 JSON 文件（默认按提交审核的要求；--draft 按草稿要求）")
  .argument("<file>", "报告 JSON 文件")
  .option("--draft", "只按草稿要求校验")
  .action(validateCommand);

program
  .command("import")
  .description("把已有的报告（.txt 或 .docx）导入为报告草稿 JSON，并列出识别结果和数据建议")
  .argument("<file>", "报告文件（.txt 或 .docx）")
  .option("-o, --output <file>", "写入的报告 JSON 文件（不指定时输出到标准输出）")
  .option("--accept-figures", "采纳全部高可信度的数据建议：填入数据并把正文中的数字换成数据引用")
  .option("--year <year>", "报告年度（不指定时从标题或导语推定）")
  .option("--organization <name>", "单位全称（原文没有署名时用作署名和标题）")
  .action(importCommand);

// Under tsx, from the sources; `npm run report -- pdf` runs the bundled engine instead (run.mjs).
// lib/pdf is ESM-only (react-pdf); this CommonJS entry reaches it through a dynamic import.
definePdfCommand(program, () => import("@/lib/pdf/index"));

program
  .command("docx")
  .description("导出 Word 文档（DOCX），供 WPS/Word 编辑：公文版式、22行×28字、单双页页码")
  .argument("<file>", "报告 JSON 文件")
  .option("-o, --output <file>", "输出的 DOCX 文件（默认：单位简称+年度+法治政府建设工作报告.docx）")
  .action(docxCommand);

program
  .command("check")
  .description("审查报告：督察规定要求的内容、纲要各方面、沿用上年的年份、与上年和同级单位相同的文字、数据变化、报送期限；缺少必须报告的内容时退出码为 1")
  .argument("<file>", "报告 JSON 文件")
  .option("--previous <file>", "上一年度的报告 JSON 文件")
  .option("--sibling <file>", "同级单位同一年度的报告 JSON 文件（可重复）", (f: string, all: string[] = []) => [...all, f])
  .action(checkCommand);

program
  .command("fonts")
  .description("列出各字体角色（小标宋、仿宋、黑体、楷体、宋体）所用的字体文件及来源")
  .action(fontsCommand);

program
  .command("create-admin")
  .description("创建第一个管理员账号（单位不存在时一并创建）")
  .requiredOption("--username <name>", "用户名")
  .requiredOption("--password <password>", "密码（至少8位）")
  .requiredOption("--organization <name>", "所在单位全称，如 洛阳市人民政府")
  .option("--short-name <name>", "单位简称（新建单位时使用）")
  .option("--name <name>", "显示的姓名")
  .action(createAdminCommand);

program
  .command("backup")
  .description("备份数据库（DATABASE_URL 所指的 SQLite 或 PostgreSQL），应用运行中也可进行，得到一致的副本")
  .argument("<file>", "备份文件（不能已存在）")
  .action(backupCommand);

program
  .command("restore")
  .description("用备份文件恢复数据库（请先停止应用）；目标数据库已有数据时需加 --force")
  .argument("<file>", "备份文件")
  .option("--force", "覆盖已有数据的数据库")
  .action(restoreCommand);

program
  .command("rollup")
  .description("导出下级单位某年度的数据汇总（.xlsx，或以 .csv 结尾的文件名得到 CSV）：数量求和、比率由数量重新计算、约数另计")
  .requiredOption("--organization <name>", "上级单位全称，如 洛阳市人民政府")
  .requiredOption("--year <year>", "报告年度")
  .option("-o, --output <file>", "输出文件（默认：单位名称+年度+数据汇总.xlsx）")
  .action(rollupCommand);

program.parseAsync().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(2);
});
