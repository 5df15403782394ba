import type { Report } from "./schema";

/** A piece of prose and where it lives, addressed like a form field. */
export interface TextField {
  path: string;
  text: string;
}

/**
 * Every piece of prose in the report, in reading order. Reference checks,
 * character counts, font coverage and search all walk the report through
 * this one function, so a new text field is seen by all of them.
 */
export function textFields(report: Report): TextField[] {
  const out: TextField[] = [];
  const add = (path: string, text: string) => {
    if (text) out.push({ path, text });
  };
  const h = report.header;
  add("header.title", h.title);
  add("header.addressee", h.addressee);
  add("header.documentNumber", h.documentNumber);
  add("preamble", report.preamble);

  const section = (base: string, s: Report["duty"]) => {
    add(`${base}.heading`, s.heading);
    add(`${base}.intro`, s.intro);
    s.items.forEach((item, i) => {
      const ip = `${base}.items.${i}`;
      add(`${ip}.heading`, item.heading);
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
  };
  report.measures.forEach((s, i) => section(`measures.${i}`, s));
  section("duty", report.duty);
  add("problems.heading", report.problems.heading);
  add("problems.intro", report.problems.intro);
  report.problems.items.forEach((p, i) => {
    add(`problems.items.${i}.heading`, p.heading);
    add(`problems.items.${i}.description`, p.description);
    add(`problems.items.${i}.cause`, p.cause);
  });
  section("plans", report.plans);
  section("otherMatters", report.otherMatters);
  add("closing", report.closing);
  report.attachments.forEach((a, i) => add(`attachments.${i}`, a));
  add("header.signatory", h.signatory);
  add("header.distribution.copyTo", h.distribution.copyTo);
  add("header.distribution.issuer", h.distribution.issuer);
  return out;
}
