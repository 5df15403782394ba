import { reportBlocks, type Block } from "@/lib/report/blocks";
import type { Report } from "@/lib/report/schema";
import { fontSetup } from "@/lib/pdf/fonts/resolve";

/**
 * The same document as print HTML built from the same blocks and the same
 * font files, for the Chromium comparison. Chromium's command line cannot
 * print custom page numbers, so this version has none. Benchmark only.
 */
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function blockHtml(b: Block): string {
  switch (b.kind) {
    case "title":
      return b.lines.map((l) => `<h1>${esc(l)}</h1>`).join("");
    case "addressee":
      return `<p class="to">${esc(b.text)}</p>`;
    case "heading":
      return `<h2>${esc(b.number + b.text)}</h2>`;
    case "paragraph":
      return `<p>${b.lead ? `<span class="l${b.lead.level}">${esc(b.lead.number + b.lead.text)}</span>` : ""}${esc(b.text)}</p>`;
    case "closing":
      return `<p>${esc(b.text)}</p>`;
    case "attachments":
      return `<p class="att">附件：${b.items.map(esc).join("<br>")}</p>`;
    case "signature":
      return `<p class="sig">${esc(b.text)}</p>`;
    case "date":
      return `<p class="date">${esc(b.text)}</p>`;
  }
}

export function laochengHtml(report: Report): string {
  const { roles } = fontSetup();
  const face = (name: string, file: string) => `@font-face{font-family:"${name}";src:url("file://${file}")}`;
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
${face("xbs", roles.xiaobiaosong.file)}${face("fs", roles.fangsong.file)}${face("ht", roles.heiti.file)}${face("kt", roles.kaiti.file)}
@page{size:A4;margin:37mm 26mm 35mm 28mm}
body{margin:0;font-family:"fs";font-size:16pt;line-height:10.227mm;letter-spacing:-0.2pt;text-align:justify;line-break:strict}
h1{font-family:"xbs";font-size:22pt;font-weight:normal;text-align:center;margin:0;letter-spacing:0}
h2{font-family:"ht";font-size:16pt;font-weight:normal;margin:0;text-indent:2em;break-after:avoid}
p{margin:0;text-indent:2em}.to{margin-top:10.227mm;text-indent:0}.l2{font-family:"kt"}
.att{margin-top:10.227mm;padding-left:2em;text-indent:0}.sig{margin-top:10.227mm;text-align:right;padding-right:2em}
.date{text-align:right;padding-right:4em;text-indent:0}
</style></head><body>${reportBlocks(report).map(blockHtml).join("\n")}</body></html>`;
}
