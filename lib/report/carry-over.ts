import { defaultTitle } from "./defaults";
import { onPart, type PartMap } from "./part-map";
import { draftReportSchema, type Item, type Part, type Problem, type Report, type SectionPart, type SubItem } from "./schema";

/**
 * Next year's report, started from this year's: the same parts in the same
 * order, items and headings (offices keep their outline from year to year), the header's
 * standing data (addressee, signatory), and — when asked — the texts.
 *
 * What must not survive into the new year:
 * - figures: every one is null, so no number of last year can be printed as
 *   this year's. Texts keep their {{figure}} references, which print as
 *   【待填：…】 until the new value is entered;
 * - dates, document number, index number, attachments: they belong to one
 *   issue of the document;
 * - an unread copied text: each carried text's path is listed in
 *   `carriedOver`, and the editor marks it until it is edited.
 *
 * Headings are structure, not content, so they are not marked; the years in
 * them move on by one ("2021年工作打算" becomes "2022年工作打算"). Texts keep
 * their years: they describe last year and are marked for rewriting.
 *
 * Row ids are kept, so a later view can put an item beside last year's.
 */
export function carryOver(previous: Report, options: { carryTexts: boolean }): Report {
  const fromYear = previous.header.year;
  if (fromYear === null) throw new Error("carryOver: the previous report has no year");
  const year = fromYear + 1;
  const carried: string[] = [];
  /** A text of last year: copied and marked, or left empty. */
  const text = (path: string, value: string): string => {
    if (!options.carryTexts || value.trim() === "") return "";
    carried.push(path);
    return value;
  };
  const heading = (value: string) => shiftYears(value, fromYear);

  const subItem = (base: string, s: SubItem): SubItem => ({
    id: s.id,
    heading: heading(s.heading),
    body: text(`${base}.body`, s.body),
    subItems: s.subItems.map((leaf, k) => ({
      id: leaf.id,
      heading: heading(leaf.heading),
      body: text(`${base}.subItems.${k}.body`, leaf.body),
    })),
  });
  const item = (base: string, it: Item): Item => ({
    id: it.id,
    heading: heading(it.heading),
    body: text(`${base}.body`, it.body),
    subItems: it.subItems.map((s, j) => subItem(`${base}.subItems.${j}`, s)),
  });
  const section = <P extends SectionPart>(s: P, base: string): P => ({
    ...s,
    heading: heading(s.heading),
    intro: text(`${base}.intro`, s.intro),
    items: s.items.map((it, i) => item(`${base}.items.${i}`, it)),
  });
  const problem = (base: string, p: Problem): Problem => ({
    id: p.id,
    heading: heading(p.heading),
    description: text(`${base}.description`, p.description),
    cause: text(`${base}.cause`, p.cause),
  });
  const PART_CARRIED: PartMap<Part, [base: string]> = {
    measures: section,
    duty: section,
    plans: section,
    otherMatters: section,
    problems: (p, base) => ({
      ...p,
      heading: heading(p.heading),
      intro: text(`${base}.intro`, p.intro),
      items: p.items.map((it, i) => problem(`${base}.items.${i}`, it)),
    }),
    conclusion: (p, base) => ({ ...p, text: text(`${base}.text`, p.text) }),
  };

  const h = previous.header;
  // Built in reading order, so `carriedOver` lists paths as textFields would.
  const preamble = text("preamble", previous.preamble);
  const parts = previous.parts.map((p, i) => onPart(PART_CARRIED, p, `parts.${i}`));

  // Through the schema, so the result has exactly the draft shape (all figures null by default).
  return draftReportSchema.parse({
    header: {
      organizationName: h.organizationName,
      organizationShortName: h.organizationShortName,
      year,
      title: defaultTitle(h.organizationName, year),
      addressee: h.addressee,
      signatory: h.signatory,
      publication: { disclosure: h.publication.disclosure },
      distribution: { copyTo: h.distribution.copyTo, issuer: h.distribution.issuer },
    },
    preamble,
    parts,
    closing: previous.closing,
    carriedOver: carried,
  });
}

/**
 * Moves the years a heading names on by one: the report year and the years
 * next to it ("2020年以来", "2021年工作打算"). Older years are history and stay.
 */
export function shiftYears(heading: string, fromYear: number): string {
  return heading.replace(/(?<!\d)(\d{4})(?=\s*年)/g, (match, digits: string) => {
    const y = Number(digits);
    return y >= fromYear - 1 && y <= fromYear + 1 ? String(y + 1) : match;
  });
}
