import ExcelJS from "exceljs";
import { statusLabel } from "../report/status";

/** One unit's line of 下级单位总览, as the page shows it. */
export interface OverviewLine {
  name: string;
  status: string | null;
  sentAt: Date | null;
  publishedAt: Date | null;
  daysLate: number;
  late: boolean;
  finalIssues: number | null;
  contactName: string;
  contactPhone: string;
}

const UNSAFE = /[\\/:*?"<>|\u0000-\u001f]/g;

export function overviewFileName(parentName: string, year: number, ext: "xlsx" | "csv"): string {
  return `${parentName.replace(UNSAFE, "").replace(/\s+/g, "")}${year}年度报告报送情况.${ext}`;
}

// Dates as the offices read them, in China time, whatever the server's zone.
const day = (d: Date | null) => (d ? d.toLocaleDateString("zh-CN", { timeZone: "Asia/Shanghai" }) : "");

export function overviewWorkbook(lines: readonly OverviewLine[], parentName: string, year: number): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  book.creator = "法治年报";
  book.title = `${parentName}${year}年度报告报送情况`;
  const sheet = book.addWorksheet("报送情况");
  sheet.addRow(["单位", "状态", "报送日期", "公开日期", "是否逾期", "逾期天数", "提交审核待解决问题", "联系人", "电话"]).font = { bold: true };
  for (const l of lines) {
    sheet.addRow([l.name, l.status ? statusLabel(l.status) : "未开始", day(l.sentAt), day(l.publishedAt), l.late ? "是" : "否", l.daysLate, l.finalIssues, l.contactName, l.contactPhone]);
  }
  sheet.getColumn(1).width = 28;
  return book;
}

export async function overviewXlsx(lines: readonly OverviewLine[], parentName: string, year: number): Promise<Buffer> {
  return Buffer.from(await overviewWorkbook(lines, parentName, year).xlsx.writeBuffer());
}

export async function overviewCsv(lines: readonly OverviewLine[], parentName: string, year: number): Promise<Buffer> {
  const csv = Buffer.from(await overviewWorkbook(lines, parentName, year).csv.writeBuffer({ sheetName: "报送情况" }));
  return Buffer.concat([Buffer.from("\ufeff"), csv]);
}
