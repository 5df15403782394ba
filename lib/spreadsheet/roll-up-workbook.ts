import { PassThrough } from "node:stream";
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

type Cell = string | number | null;
/** A sheet as the rows it holds: the header first, then the values. */
interface SheetRows {
  name: string;
  rows: Iterable<Cell[]>;
  /** Columns widened for the figures' labels (1-based). */
  wide: number;
  views?: Partial<ExcelJS.WorksheetView>[];
}

const cellValue = (value: string | null, exact: number | null): Cell => (exact !== null ? exact : value);

/** The units × figures sheet: one row a figure, one column a unit, then the totals. */
function* tableRows(table: RollUpTable): Generator<Cell[]> {
  yield ["主题", "数据项", "计量单位", ...table.units.map((u) => u.name), "合计", `${table.year - 1}年合计`, "约数单位数", "说明"];
  for (const row of statedRows(table)) {
    const total = row.total.kind === "none" ? formatTotal(row.total) : row.total.value;
    const note = [
      row.total.kind === "rate" && row.total.basis ? `由数量重新计算：${row.total.basis}` : "",
      row.total.approximateUnits > 0 ? `另有约数 ${row.total.approximateUnits} 个单位未计入合计` : "",
    ]
      .filter(Boolean)
      .join("；");
    yield [
      row.figure.topicLabel,
      row.figure.label,
      row.figure.kind === "rate" ? "%" : row.figure.unit,
      ...row.cells.map((c) => cellValue(c.value, c.exact)),
      total,
      row.total.last,
      row.total.approximateUnits,
      note,
    ];
  }
}

/** The same values one a line with last year's and the rank: the shape a pivot table wants, and where each value's 上年 and 排名 are. */
function* detailRows(table: RollUpTable): Generator<Cell[]> {
  yield ["单位", "主题", "数据项", "计量单位", `${table.year}年`, `${table.year - 1}年`, "排名"];
  for (const row of statedRows(table)) {
    const unit = row.figure.kind === "rate" ? "%" : row.figure.unit;
    for (const [i, c] of row.cells.entries()) {
      if (c.value === null && c.last === null) continue;
      yield [table.units[i]?.name ?? "", row.figure.topicLabel, row.figure.label, unit, cellValue(c.value, c.exact), cellValue(c.last, c.lastExact), c.rank];
    }
  }
}

const sheetsOf = (table: RollUpTable): SheetRows[] => [
  { name: "汇总", rows: tableRows(table), wide: 2, views: [{ state: "frozen", xSplit: 3, ySplit: 1 }] },
  { name: "明细", rows: detailRows(table), wide: 3 },
];

/**
 * One style object for all the cells of a kind: exceljs remembers the style
 * of an object it has seen, where each cell's own empty style costs a
 * lookup by its rendered XML (a fifth of the export's time).
 */
const HEADER: Partial<ExcelJS.Style> = { font: { bold: true } };
const PLAIN: Partial<ExcelJS.Style> = {};

const title = (table: RollUpTable, parentName: string) => `${parentName}${table.year}年度数据汇总`;

/**
 * Written as a stream, row by row: the 明细 sheet holds a line per unit and
 * figure (40,000 for 500 units × 80 figures), and exceljs's in-memory
 * workbook keeps every cell as an object and zips in JavaScript, where the
 * streaming writer drops each row once written and zips with Node's zlib.
 */
export async function rollUpXlsx(table: RollUpTable, parentName: string): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    stream.on("end", resolve);
    stream.on("error", reject);
  });
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  book.creator = "法治年报";
  book.title = title(table, parentName);
  for (const { name, rows, wide, views } of sheetsOf(table)) {
    const sheet = book.addWorksheet(name, { views });
    sheet.getColumn(wide).width = 28;
    let style = HEADER;
    for (const values of rows) {
      const row = sheet.addRow(values);
      row.eachCell((cell) => {
        cell.style = style;
      });
      style = PLAIN;
      row.commit();
    }
    sheet.commit();
  }
  await book.commit();
  await done;
  return Buffer.concat(chunks);
}

/** The 汇总 sheet as CSV, with a byte-order mark so that Excel opens the Chinese as UTF-8. */
export async function rollUpCsv(table: RollUpTable, parentName: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.title = title(table, parentName);
  const sheet = book.addWorksheet("汇总");
  for (const values of tableRows(table)) sheet.addRow(values);
  const csv = Buffer.from(await book.csv.writeBuffer({ sheetName: "汇总" }));
  return Buffer.concat([Buffer.from("\ufeff"), csv]);
}
