/**
 * A small HTML builder for the public page, which must be a standalone file
 * (served as is, and handed to the site's own CMS in the zip) rather than a
 * page of this app. Every string is escaped where it is placed: markup only
 * comes from `h`, so report text that looks like HTML or script prints as
 * text, exactly as React escapes it in the preview.
 */
export class Markup {
  constructor(readonly html: string) {}
  toString() {
    return this.html;
  }
}

export type Child = string | number | Markup | null | undefined | false | readonly Child[];

type Tag =
  | "html" | "head" | "meta" | "title" | "style" | "body" | "header" | "main" | "footer" | "nav" | "article" | "section"
  | "h1" | "h2" | "h3" | "p" | "span" | "strong" | "br" | "a" | "dl" | "dt" | "dd" | "div" | "ul" | "li" | "table" | "caption" | "thead" | "tbody" | "tr" | "th" | "td";

const VOID: ReadonlySet<Tag> = new Set(["meta", "br"]);

export const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

function render(child: Child): string {
  if (child === null || child === undefined || child === false) return "";
  if (child instanceof Markup) return child.html;
  if (Array.isArray(child)) return child.map(render).join("");
  return escapeHtml(String(child));
}

export function h(tag: Tag, attrs: Record<string, string | undefined> | null, ...children: Child[]): Markup {
  const attributes = Object.entries(attrs ?? {})
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join("");
  if (VOID.has(tag)) return new Markup(`<${tag}${attributes}>`);
  return new Markup(`<${tag}${attributes}>${children.map(render).join("")}</${tag}>`);
}

/** A whole document: doctype, the html element and what it holds. */
export const htmlDocument = (root: Markup) => `<!doctype html>\n${root.html}\n`;

/** Trusted, fixed CSS for a style element (no user text ever goes here). */
export const css = (text: string) => new Markup(text);
