import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { buildRollUp, formatTotal, rollUpFigures, type StatedValue } from "./roll-up";
import { rollUpCsv, rollUpFileName, rollUpXlsx } from "../spreadsheet/roll-up-workbook";

const units = [
  { organizationId: "a", name: "老城区", reportId: "ra" },
  { organizationId: "b", name: "西工区", reportId: "rb" },
  { organizationId: "c", name: "涧西区", reportId: "rc" },
];
const figures = rollUpFigures([]);
const v = (organizationId: string, figureId: string, value: string, exact: number | null, year = 2021): StatedValue => ({ organizationId, year, figureId, value, exact });
const LOST = "reconsiderationLitigation.lawsuitsLost";
const CONCLUDED = "reconsiderationLitigation.lawsuitsConcluded";
const LOSS_RATE = "reconsiderationLitigation.lawsuitLossRate";

const values: StatedValue[] = [
  v("a", "petitions.letters", "77", 77),
  v("b", "petitions.letters", "51", 51),
  v("c", "petitions.letters", "500余", null),
  v("a", "petitions.letters", "60", 60, 2020),
  v("b", "petitions.letters", "40", 40, 2020),
  // 败诉率: 1/10 = 10% and 3/30 = 10% average to 10, but 老城区 2/10 and 西工区 1/40 give 3/50 = 6%, not the mean 11.25%.
  v("a", LOST, "2", 2),
  v("a", CONCLUDED, "10", 10),
  v("a", LOSS_RATE, "20", 20),
  v("b", LOST, "1", 1),
  v("b", CONCLUDED, "40", 40),
  v("b", LOSS_RATE, "2.5", 2.5),
  v("a", "petitions.satisfactionRate", "98", 98),
  v("b", "petitions.satisfactionRate", "96", 96),
];
const table = buildRollUp(2021, units, figures, values);
const row = (id: string) => {
  const r = table.rows.find((x) => x.figure.id === id);
  if (!r) throw new Error(id);
  return r;
};

describe("roll-up of a parent's units", () => {
  it("sums counts, keeps approximate values as written and counts them apart", () => {
    const r = row("petitions.letters");
    expect(r.total).toMatchObject({ kind: "sum", value: 128, last: 100, exactUnits: 2, approximateUnits: 1 });
    expect(r.cells.map((c) => c.value)).toEqual(["77", "51", "500余"]);
    expect(r.cells.map((c) => c.last)).toEqual(["60", "40", null]);
  });
  it("ranks exact values, largest first; approximate ones have no rank", () => {
    expect(row("petitions.letters").cells.map((c) => c.rank)).toEqual([1, 2, null]);
  });
  it("recomputes a rate from its summed counts, never averaging the units' rates", () => {
    const r = row(LOSS_RATE);
    expect(r.total.kind).toBe("rate");
    expect(r.total.value).toBe(6);
    expect(r.total.basis).toBe("3 / 50");
  });
  it("does not total a rate the catalogue gives no counts for", () => {
    const r = row("petitions.satisfactionRate");
    expect(r.total.kind).toBe("none");
    expect(formatTotal(r.total)).toBe("不汇总（比率无计算依据）");
  });
  it("gives equal values the same rank", () => {
    const tied = buildRollUp(2021, units, figures, [v("a", "petitions.letters", "5", 5), v("b", "petitions.letters", "5", 5), v("c", "petitions.letters", "3", 3)]);
    expect(tied.rows.find((r) => r.figure.id === "petitions.letters")?.cells.map((c) => c.rank)).toEqual([1, 1, 3]);
  });
});

describe("roll-up exports", () => {
  it("names the file by unit and year", () => {
    expect(rollUpFileName("洛阳市人民政府", 2021, "xlsx")).toBe("洛阳市人民政府2021年度数据汇总.xlsx");
  });
  it("writes an .xlsx whose numbers are numbers and whose approximate values are text", async () => {
    const book = new ExcelJS.Workbook();
    // exceljs types its input as an ArrayBuffer; a copy gives one.
    await book.xlsx.load(new Uint8Array(await rollUpXlsx(table, "洛阳市人民政府")).buffer);
    const sheet = book.getWorksheet("汇总");
    if (!sheet) throw new Error("no sheet");
    const header = sheet.getRow(1).values;
    expect(header).toEqual(expect.arrayContaining(["数据项", "老城区", "西工区", "涧西区", "合计"]));
    let found = false;
    sheet.eachRow((r) => {
      if (r.getCell(2).value !== "群众来信") return;
      found = true;
      expect(r.getCell(4).value).toBe(77);
      expect(r.getCell(5).value).toBe(51);
      expect(r.getCell(6).value).toBe("500余");
      expect(r.getCell(7).value).toBe(128);
      expect(r.getCell(8).value).toBe(100);
    });
    expect(found).toBe(true);
  });
  it("lists each value with last year's and its rank in the 明细 sheet, with a bold header and the file's title", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(await rollUpXlsx(table, "洛阳市人民政府")).buffer);
    expect(book.title).toBe("洛阳市人民政府2021年度数据汇总");
    const sheet = book.getWorksheet("明细");
    if (!sheet) throw new Error("no sheet");
    expect(sheet.getRow(1).values).toEqual([undefined, "单位", "主题", "数据项", "计量单位", "2021年", "2020年", "排名"]);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    const letters: unknown[][] = [];
    sheet.eachRow((r) => {
      if (r.getCell(3).value === "群众来信") letters.push([1, 5, 6, 7].map((c) => r.getCell(c).value ?? null));
    });
    expect(letters).toEqual([
      ["老城区", 77, 60, 1],
      ["西工区", 51, 40, 2],
      ["涧西区", "500余", null, null],
    ]);
  });
  it("writes a CSV Excel opens as UTF-8", async () => {
    const csv = (await rollUpCsv(table, "洛阳市人民政府")).toString("utf8");
    expect(csv.startsWith("\ufeff")).toBe(true);
    expect(csv).toContain("老城区");
    expect(csv).toMatch(/群众来信.*,77,51,500余,128,100/);
  });
});
