/**
 * 索引号 as 政务公开 catalogues number a document:
 * 统一社会信用代码/年份-流水号, e.g. 11410302MB12345674/2021-00001, where the
 * year is the year of publication and the serial counts the organization's
 * publications in that year.
 */
export function formatIndexNumber(creditCode: string, year: number, serial: number): string {
  return `${creditCode}/${year}-${String(serial).padStart(5, "0")}`;
}
