import { reportBlocks, type Block } from "@/lib/report/blocks";
import type { Report } from "@/lib/report/schema";
import { css, h, htmlDocument, type Child } from "./html";
import { publicMetadata } from "./metadata";
import { PUBLIC_CSS } from "./public-style";

export interface PublicLinks {
  pdf: string;
  /** The Word document (lib/docx), for offices and readers who edit or archive in WPS/Word; null shows no link. */
  docx: string | null;
  /** The organization's index of published years; none inside the zip. */
  index: string | null;
}

/**
 * The 公开版 as a web page: the 政务公开 metadata, then the text from the
 * same blocks the preview and the PDF are drawn from. Level-1 headings are
 * h2, level-2 (（一）) h3; the title is the page's h1. A standalone document,
 * so the site's own CMS can take the file as it is.
 */
export function publicPageHtml(report: Report, links: PublicLinks): string {
  const blocks = reportBlocks(report);
  const title = blocks.find((b): b is Extract<Block, { kind: "title" }> => b.kind === "title")?.lines.join("") ?? report.header.title;
  return htmlDocument(
    h(
      "html",
      { lang: "zh-CN" },
      h("head", null, h("meta", { charset: "utf-8" }), h("meta", { name: "viewport", content: "width=device-width, initial-scale=1" }), h("title", null, title), h("style", null, css(PUBLIC_CSS))),
      h(
        "body",
        null,
        h(
          "main",
          null,
          links.index && h("nav", { "aria-label": "导航" }, h("a", { href: links.index }, `${report.header.organizationName}公开的年度报告`)),
          h(
            "section",
            { class: "metadata", "aria-label": "政务公开信息" },
            h("dl", null, publicMetadata(report).map((m) => h("div", null, h("dt", null, m.label), h("dd", null, m.value)))),
          ),
          h("article", { "aria-label": title }, blocks.map(blockHtml)),
          h("nav", { class: "downloads", "aria-label": "下载" }, h("a", { href: links.pdf, download: "" }, "下载PDF"), links.docx && h("a", { href: links.docx, download: "" }, "下载DOCX")),
        ),
      ),
    ),
  );
}

function blockHtml(block: Block): Child {
  switch (block.kind) {
    case "title":
      return h("h1", null, block.lines.map((line, i) => [i > 0 && h("br", null), line]));
    case "addressee":
      return h("p", { class: "addressee" }, block.text);
    case "heading":
      return h("h2", null, block.number, block.text);
    case "paragraph":
      // A （一） heading runs into its paragraph in print; on the web it is a heading of its own, so that it can be navigated to.
      if (block.lead?.level === 2) return [h("h3", null, block.lead.number, block.lead.text), block.text && h("p", null, block.text)];
      return h("p", null, block.lead && h("strong", { class: "lead" }, block.lead.number, block.lead.text), block.text);
    case "closing":
      return h("p", { class: "closing" }, block.text);
    case "attachments":
      return h("p", { class: "attachments" }, "附件：", block.items.map((a, i) => [i > 0 && h("br", null), block.items.length > 1 ? `${i + 1}.` : "", a]));
    case "signature":
      return h("p", { class: "signature" }, block.text);
    case "date":
      return h("p", { class: "date" }, block.text);
  }
}
