import ExcelJS from "exceljs";
import { formatTotal, statedRows, type RollUpTable } from "../report/roll-up";

/**
 * The roll-up as a workbook for the offices' own spreadsheets. Exact values
 * are numbers (a city sums and charts them in Excel or WPS); approximate ones
 * stay as written, as text, so nobody adds "500余" by mistake.
 */

const UNSAFE = /[\\/:*?"<>|\u0000-\u001f]/g;

/** 洛阳市2021年度数据汇总.xlsx: who, which year, what. */
export function rollUpFileName(parentName: string, year: number, ext: "xlsx" | "csv"): string {
  return `${parentName.replace(UNSAFE, "").replace(/\s+/g, "")}${year}年度数据汇总.${ext}`;
}

const cellValue = (value: string | null, exact: number | null): string | number | null => (exact !== null ? exact : value);

/** The units × figures sheet: one row a figure, one column a unit, then the totals. */
function addTableSheet(book: ExcelJS.Workbook, table: RollUpTable): void {
  const sheet = book.addWorksheet("汇总");
  const header = ["主题", "数据项", "计量单位", ...table.units.map((u) => u.name), "合计", `${table.year - 1}年合计`, "约数单位数", "说明"];
  sheet.addRow(header).font = { bold: true };
  for (const row of statedRows(table)) {
    const total = row.total.kind === "none" ? formatTotal(row.total) : row.total.value;
    const note = [
      row.total.kind === "rate" && row.total.basis ? `由数量重新计算：${row.total.basis}` : "",
      row.total.approximateUnits > 0 ? `另有约数 ${row.total.approximateUnits} 个单位未计入合计` : "",
    ]
      .filter(Boolean)
      .join("；");
    sheet.addRow([
      row.figure.topicLabel,
      row.figure.label,
      row.figure.kind === "rate" ? "%" : row.figure.unit,
      ...row.cells.map((c) => cellValue(c.value, c.exact)),
      total,
      row.total.last,
      row.total.approximateUnits,
      note,
    ]);
  }
  sheet.views = [{ state: "frozen", xSplit: 3, ySplit: 1 }];
  sheet.getColumn(2).width = 28;
}

/** The same values one a line with last year's and the rank: the shape a pivot table wants. */
function addDetailSheet(book: ExcelJS.Workbook, table: RollUpTable): void {
  const sheet = book.addWorksheet("明细");
  sheet.addRow(["单位", "主题", "数据项", "计量单位", `${table.year}年`, `${table.year - 1}年`, "排名"]).font = { bold: true };
  for (const row of statedRows(table)) {
    row.cells.forEach((c, i) => {
      if (c.value === null && c.last === null) return;
      const unit = table.units[i];
      sheet.addRow([unit?.name ?? "", row.figure.topicLabel, row.figure.label, row.figure.kind === "rate" ? "%" : row.figure.unit, cellValue(c.value, c.exact), cellValue(c.last, c.lastExact), c.rank]);
    });
  }
  sheet.getColumn(3).width = 28;
}

export function rollUpWorkbook(table: RollUpTable, parentName: string): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  book.creator = "法治年报";
  book.title = `${parentName}${table.year}年度数据汇总`;
  addTableSheet(book, table);
  addDetailSheet(book, table);
  return book;
}

export async function rollUpXlsx(table: RollUpTable, parentName: string): Promise<Buffer> {
  return Buffer.from(await rollUpWorkbook(table, parentName).xlsx.writeBuffer());
}

/** The 汇总 sheet as CSV, with a byte-order mark so that Excel opens the Chinese as UTF-8. */
export async function rollUpCsv(table: RollUpTable, parentName: string): Promise<Buffer> {
  const book = rollUpWorkbook(table, parentName);
  const csv = Buffer.from(await book.csv.writeBuffer({ sheetName: "汇总" }));
  return Buffer.concat([Buffer.from("\ufeff"), csv]);
}
