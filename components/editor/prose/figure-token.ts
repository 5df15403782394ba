import { Node, mergeAttributes } from "@tiptap/core";
import { findFigure, isFigureId, storedFigure, type Figures } from "@/lib/report/figures";
import { formatFigureValue } from "@/lib/report/figure-value";
import { referenceToken } from "@/lib/report/references";
import { FIGURE_NODE } from "./doc";

/**
 * The figures the tokens show, shared by every token of one editor. Tokens
 * are plain DOM node views (not React ones): a field holds dozens of them and
 * a keystroke must not re-render any; when a figure changes, each token
 * refreshes its own text.
 */
export class FigureValues {
  private figures: Figures | null = null;
  private readonly views = new Set<() => void>();
  set(figures: Figures) {
    if (figures === this.figures) return;
    this.figures = figures;
    for (const refresh of this.views) refresh();
  }
  shown(id: string): { text: string; missing: boolean; title: string } {
    const entry = findFigure(id);
    if (!entry || !isFigureId(id)) return { text: id, missing: true, title: "未知的数据引用" };
    const value = this.figures ? storedFigure(this.figures, id) : null;
    const unit = entry.def.kind === "rate" ? "%" : entry.def.unit;
    return {
      text: `${entry.def.label} ${value === null ? "待填" : formatFigureValue(value)}`,
      missing: value === null,
      title: `数据“${entry.def.label}”（${unit}），印出时为其数值`,
    };
  }
  watch(refresh: () => void): () => void {
    this.views.add(refresh);
    return () => this.views.delete(refresh);
  }
}

/** A figure reference as one inline, uneditable unit: [行政复议案件 15]. Deleted and moved as a whole; stored as `{{id}}`. */
export const FigureToken = Node.create<{ values: FigureValues }>({
  name: FIGURE_NODE,
  group: "inline",
  inline: true,
  atom: true,
  selectable: true,
  addOptions() {
    return { values: new FigureValues() };
  },
  addAttributes() {
    return { id: { default: "" } };
  },
  parseHTML() {
    return [{ tag: "span[data-figure]", getAttrs: (el) => ({ id: el.getAttribute("data-figure") ?? "" }) }];
  },
  renderHTML({ node, HTMLAttributes }) {
    return ["span", mergeAttributes(HTMLAttributes, { "data-figure": String(node.attrs.id) }), String(node.attrs.id)];
  },
  renderText({ node }) {
    const id = String(node.attrs.id);
    return isFigureId(id) ? referenceToken(id) : "";
  },
  addNodeView() {
    const values = this.options.values;
    return ({ node }) => {
      const dom = document.createElement("span");
      dom.contentEditable = "false";
      const id = String(node.attrs.id);
      dom.dataset.figure = id;
      const paint = () => {
        const shown = values.shown(id);
        dom.className = shown.missing ? "figure-token missing" : "figure-token";
        dom.textContent = `[${shown.text}]`;
        dom.title = shown.title;
      };
      paint();
      const stop = values.watch(paint);
      return { dom, destroy: stop };
    };
  },
});
