/** Times as the office reads them. A fixed zone keeps the server's and the browser's rendering identical. */
export function clock(iso: string | null): string {
  if (!iso) return "";
  return new Date(iso).toLocaleTimeString("zh-CN", { hour: "2-digit", minute: "2-digit", hour12: false, timeZone: "Asia/Shanghai" });
}

export function dateTime(iso: string): string {
  return new Date(iso).toLocaleString("zh-CN", { hour12: false, timeZone: "Asia/Shanghai" });
}

export function shown(value: string | number | boolean | null): string {
  if (value === null) return "（无）";
  if (value === "") return "（空）";
  if (typeof value === "number") return Number.isNaN(value) ? "（无效数字）" : String(value);
  return String(value);
}
