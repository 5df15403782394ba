/**
 * mammoth's HTML of a .docx to plain lines. mammoth's raw-text mode loses
 * line breaks inside a paragraph (Shift+Enter) and flattens tables cell by
 * cell; its HTML keeps both, and its HTML is small and regular (p, h1–h6,
 * li, table/tr/td, br, strong, em, a, img, sup, sub), so a tag scanner is
 * enough — no HTML parser dependency.
 *
 * Each paragraph, heading or list item is a line; a table row is one line with
 * its cells separated by "｜" (a cell's paragraphs joined by a space), so
 * table text is kept in reading order. Images have no text and are left out.
 */
export const CELL_SEPARATOR = "｜";

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (whole, name: string) => {
    if (name.startsWith("#x") || name.startsWith("#X")) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const BLOCK = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li"]);

interface TableFrame {
  rows: string[];
  cells: string[];
  cell: string[];
}

export interface HtmlText {
  text: string;
  tables: number;
}

export function htmlToText(html: string): HtmlText {
  const lines: string[] = [];
  const tables: TableFrame[] = [];
  let tableCount = 0;
  let current = "";

  // Finished text goes to the innermost open cell, or out as a line.
  const emit = (text: string) => {
    const t = text.trim();
    const frame = tables[tables.length - 1];
    if (!t) return;
    if (frame) frame.cell.push(t);
    else lines.push(t);
  };
  const flush = () => {
    emit(current);
    current = "";
  };

  for (const m of html.matchAll(/<(\/?)([a-zA-Z0-9]+)[^>]*>|([^<]+)/g)) {
    const [, closing, rawName, text] = m;
    if (text !== undefined) {
      current += decodeEntities(text);
      continue;
    }
    const name = (rawName ?? "").toLowerCase();
    if (name === "br") flush();
    else if (BLOCK.has(name)) flush();
    else if (name === "table" && !closing) {
      flush();
      tableCount += 1;
      tables.push({ rows: [], cells: [], cell: [] });
    } else if (name === "table" && closing) {
      flush();
      const frame = tables.pop();
      // A nested table's rows become text of the enclosing cell.
      for (const row of frame?.rows ?? []) emit(row);
    } else if ((name === "td" || name === "th") && closing) {
      flush();
      const frame = tables[tables.length - 1];
      if (frame) {
        frame.cells.push(frame.cell.join(" "));
        frame.cell = [];
      }
    } else if (name === "tr" && closing) {
      const frame = tables[tables.length - 1];
      if (frame) {
        const row = frame.cells.filter((c) => c !== "").join(CELL_SEPARATOR);
        if (row) frame.rows.push(row);
        frame.cells = [];
      }
    }
  }
  flush();
  return { text: lines.join("\n"), tables: tableCount };
}
