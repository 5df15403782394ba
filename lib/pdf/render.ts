import { renderToBuffer } from "@react-pdf/renderer";
import { reportBlocks, type Block } from "@/lib/report/blocks";
import { parseReport } from "@/lib/report/parse";
import type { Report } from "@/lib/report/schema";
import { checkCoverage, codePointLabel, INVISIBLE, type Coverage } from "./coverage";
import { reportDocument } from "./document";
import { loadRoleFonts, roleFamilies } from "./fonts/register";
import type { FontRole } from "./fonts/roles";
import { appendixTitle } from "./parts/appendix";
import type { FontStacks } from "./styles";
import type { PdfVersion } from "./version";

export interface RenderOptions {
  /** Append a table of the year's figures as an attachment (附件), named in the attachment note. */
  figuresAppendix?: boolean;
  /**
   * Force or suppress the 草稿 watermark. By default it is decided by the
   * final schema: a report that does not pass it is always marked, so an
   * unmarked PDF is always a report ready for review.
   */
  draft?: boolean;
  /** A coverage result already computed for this report (the export path checks first, then renders). */
  coverage?: Coverage;
  /** 报送版 (with the 版头 and 文号) or 公开版 (without); the 公开版 by default. */
  version?: PdfVersion;
}

/** Each role's stack: its own face, then the faces found for characters it lacks. */
function fontStacks(coverage: Coverage): FontStacks {
  const fallbacks = [...new Set(coverage.missing.flatMap((m) => (m.fallback ? [m.fallback.family] : [])))];
  const families = roleFamilies();
  const stack = (role: FontRole) => [families[role], ...fallbacks.filter((f) => f !== families[role])];
  return {
    xiaobiaosong: stack("xiaobiaosong"),
    fangsong: stack("fangsong"),
    heiti: stack("heiti"),
    kaiti: stack("kaiti"),
    song: stack("song"),
  };
}

/**
 * Text as it can be printed: invisible marks (variation selectors, joiners)
 * dropped, and a character that no installed font has replaced by its code
 * in brackets, 〔U+1F44D〕, so the reader sees something is there and what,
 * instead of an empty box.
 */
function printer(coverage: Coverage): (text: string) => string {
  const unprintable = new Set(coverage.unprintable.map((m) => m.char));
  return (text) => {
    const visible = text.replace(INVISIBLE, "");
    if (unprintable.size === 0) return visible;
    return Array.from(visible, (c) => (unprintable.has(c) ? `〔${codePointLabel(c.codePointAt(0) ?? 0)}〕` : c)).join("");
  };
}

/** The attachment note, with the figures appendix added as the last attachment when asked for. */
function withAppendix(blocks: Block[], report: Report): { blocks: Block[]; number: number } {
  const title = appendixTitle(report);
  const existing = blocks.find((b) => b.kind === "attachments");
  if (existing) {
    const items = [...existing.items, title];
    return { blocks: blocks.map((b) => (b === existing ? { kind: "attachments", items } : b)), number: items.length };
  }
  // No note yet: it goes right after the closing line, before the signature.
  const at = blocks.findIndex((b) => b.kind === "signature" || b.kind === "date");
  const note: Block = { kind: "attachments", items: [title] };
  const next = at < 0 ? [...blocks, note] : [...blocks.slice(0, at), note, ...blocks.slice(at)];
  return { blocks: next, number: 1 };
}

/**
 * The report as a GB/T 9704 PDF. Pure apart from the process-wide font
 * registration: the same report and options give the same document.
 */
export async function renderReportPdf(report: Report, options: RenderOptions = {}): Promise<Buffer> {
  const loaded = await loadRoleFonts();
  const coverage = options.coverage ?? (await checkCoverage(report));
  const draft = options.draft ?? !parseReport(report, "final").ok;
  const base = reportBlocks(report);
  const appendix = options.figuresAppendix ? withAppendix(base, report) : { blocks: base, number: 0 };
  const single = appendix.blocks.find((b) => b.kind === "attachments")?.items.length === 1;
  const element = reportDocument({
    report,
    blocks: appendix.blocks,
    fonts: fontStacks(coverage),
    print: printer(coverage),
    draft,
    // A lone attachment is just "附件"; with several, the appendix carries its number.
    appendixNumber: options.figuresAppendix && !single ? appendix.number : undefined,
    figuresAppendix: options.figuresAppendix ?? false,
    numeralFont: loaded.song,
    watermarkFont: loaded.heiti,
    version: options.version ?? "public",
  });
  return renderToBuffer(element);
}
