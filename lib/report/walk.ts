import { onPart, type PartMap } from "./part-map";
import type { Item, Part, PartOf, Report } from "./schema";

/**
 * How a text prints (GB/T 9704): the title, a level-1 heading (一、), a
 * level-2 heading (（一）), or body text (everything else, 1. and （1） too).
 * Font coverage picks each text's face by it.
 */
export type TextStyle = "title" | "heading1" | "heading2" | "body";

/** A piece of prose and where it lives, addressed like a form field. */
export interface TextField {
  path: string;
  text: string;
  style: TextStyle;
}

type Add = (path: string, text: string, style?: TextStyle) => void;

function items(base: string, list: readonly Item[], add: Add) {
  list.forEach((item, i) => {
    const ip = `${base}.items.${i}`;
    add(`${ip}.heading`, item.heading, "heading2");
    add(`${ip}.body`, item.body);
    item.subItems.forEach((sub, j) => {
      add(`${ip}.subItems.${j}.heading`, sub.heading);
      add(`${ip}.subItems.${j}.body`, sub.body);
      sub.subItems.forEach((leaf, k) => {
        add(`${ip}.subItems.${j}.subItems.${k}.heading`, leaf.heading);
        add(`${ip}.subItems.${j}.subItems.${k}.body`, leaf.body);
      });
    });
  });
}

function section(base: string, part: PartOf<"measures" | "duty" | "plans" | "otherMatters">, add: Add) {
  add(`${base}.heading`, part.heading, "heading1");
  add(`${base}.intro`, part.intro);
  items(base, part.items, add);
}

/** The prose fields of each kind of part, in reading order. */
const PART_TEXTS: PartMap<void, [base: string, add: Add]> = {
  measures: (part, base, add) => section(base, part, add),
  duty: (part, base, add) => section(base, part, add),
  plans: (part, base, add) => section(base, part, add),
  otherMatters: (part, base, add) => section(base, part, add),
  problems: (part, base, add) => {
    add(`${base}.heading`, part.heading, "heading1");
    add(`${base}.intro`, part.intro);
    part.items.forEach((p, i) => {
      add(`${base}.items.${i}.heading`, p.heading, "heading2");
      add(`${base}.items.${i}.description`, p.description);
      add(`${base}.items.${i}.cause`, p.cause);
    });
  },
  conclusion: (part, base, add) => add(`${base}.text`, part.text),
};

/** One part's prose, whatever its kind. */
export function partTexts(base: string, part: Part, add: Add): void {
  onPart(PART_TEXTS, part, base, add);
}

/**
 * Every piece of prose in the report, in reading order. Reference checks,
 * character counts, font coverage and search all walk the report through
 * this one function, so a new text field is seen by all of them.
 */
export function textFields(report: Report): TextField[] {
  const out: TextField[] = [];
  const add: Add = (path, text, style = "body") => {
    if (text) out.push({ path, text, style });
  };
  const h = report.header;
  add("header.title", h.title, "title");
  add("header.addressee", h.addressee);
  add("header.documentNumber", h.documentNumber);
  // The 签发人's name prints in 楷体 (GB/T 9704 §7.2.4), as (一) headings do.
  add("header.signer", h.signer, "heading2");
  add("preamble", report.preamble);
  report.parts.forEach((part, i) => partTexts(`parts.${i}`, part, add));
  add("closing", report.closing);
  report.attachments.forEach((a, i) => add(`attachments.${i}`, a));
  add("header.signatory", h.signatory);
  add("header.distribution.copyTo", h.distribution.copyTo);
  add("header.distribution.issuer", h.distribution.issuer);
  return out;
}
