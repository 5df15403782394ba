#!/usr/bin/env node
import { Command } from "commander";
import { validateCommand } from "./validate";

// `npm run report -- <command>`: the same operations the app offers, for people and for tests.
const program = new Command("report").description("法治年报命令行工具");

program
  .command("validate")
  .description("校验报告 JSON 文件（默认按提交审核的要求；--draft 按草稿要求）")
  .argument("<file>", "报告 JSON 文件")
  .option("--draft", "只按草稿要求校验")
  .action(validateCommand);

program.parseAsync().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(2);
});
