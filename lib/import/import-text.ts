import { defaultTitle } from "@/lib/report/defaults";
import { PART_CATALOGUE, PART_KINDS } from "@/lib/report/part-catalogue";
import { isFigureId } from "@/lib/report/figures";
import { findReferences } from "@/lib/report/references";
import { draftReportSchema, type PartInput, type Report, type ReportInput } from "@/lib/report/schema";
import { textFields } from "@/lib/report/walk";
import { assembleParts } from "./assemble-parts";
import { yearOf } from "./dates";
import { readFrontMatter, type FrontMatter } from "./front-matter";
import { hasChinese, splitLines } from "./lines";
import { IMPORT_MESSAGES } from "./messages";
import { bodyStart, outline } from "./outline";
import { quotedName } from "./part-kinds";
import { proposeFigures } from "./proposals";
import { readTail, tailStart, type Tail } from "./tail";
import type { ImportOptions, ImportResult, UnrecognisedLine } from "./types";

/**
 * Text the importer could not place is kept, never dropped: it is listed in
 * `unrecognised` and also written into the report, in the 其他需要报告的情况
 * part under this heading (as that part's heading when the document has no
 * such part, otherwise as an item appended to it). It is one place the user
 * can review, and it prints visibly if left there, so nothing slips through.
 * A part of its own stands after the document's last headed part, before a
 * concluding paragraph, which stays right above 特此报告.
 * Text inside the body is never unrecognised: every paragraph belongs to the
 * heading above it.
 */
export const UNRECOGNISED_HEADING = "未识别的内容";

/** The report year: as given, else "2020年度" in the title or preamble, else the year before the date. */
function guessYear(options: ImportOptions, front: FrontMatter, tail: Tail, warnings: string[]): number | null {
  if (options.year !== undefined) return options.year;
  const opening = front.preamble.slice(0, 2).join("");
  const stated = yearOf(front.title, /年度/) ?? yearOf(opening, /年度/) ?? yearOf(front.title, /年/);
  if (stated !== null) return stated;
  if (tail.date) {
    warnings.push("原文没有写明报告年度，已按成文日期的上一年推定，请核对");
    return Number(tail.date.slice(0, 4)) - 1;
  }
  warnings.push("未能识别报告年度，请填写");
  return null;
}

/** Parses the plain text of a report (as published or as pasted) into a draft, proposals and notes. */
export function importReportText(text: string, options: ImportOptions = {}): ImportResult {
  if (text.trim() === "") return { ok: false, message: IMPORT_MESSAGES.empty };
  if (!hasChinese(text)) return { ok: false, message: IMPORT_MESSAGES.noChinese };

  const warnings: string[] = [];
  const { lines, decoration } = splitLines(text);
  const tailAt = tailStart(lines);
  const body = lines.slice(0, tailAt);
  const startAt = bodyStart(body);
  const front = readFrontMatter(startAt < 0 ? body : body.slice(0, startAt));
  const tail = readTail(lines.slice(tailAt));
  const year = guessYear(options, front, tail, warnings);
  const tree = startAt < 0 ? { parts: [], warnings: [] } : outline(body.slice(startAt));
  const assembled = assembleParts(tree.parts, year);
  warnings.push(...tree.warnings, ...assembled.warnings);

  const signatory = tail.signatory.join("\n");
  const organizationName = options.organizationName ?? (front.issuer || signatory.split("\n")[0] || organOfTitle(front.title));
  const header = {
    organizationName,
    organizationShortName: options.organizationShortName ?? "",
    year,
    title: front.title,
    addressee: front.addressee,
    documentNumber: front.documentNumber,
    signatory: signatory || front.issuer || options.organizationName || "",
    date: tail.date,
    publication: { indexNumber: front.indexNumber, disclosure: front.disclosure, publishedOn: front.publishedOn },
    distribution: { copyTo: tail.copyTo, issuer: tail.issuer, issuedOn: tail.issuedOn },
  };
  if (!header.title && organizationName && year !== null) {
    header.title = defaultTitle(organizationName, year);
    warnings.push("原文没有标题，已按单位名称和年度生成，请核对");
  }
  if (!signatory && header.signatory) warnings.push("原文没有署名（网页版通常不印发文机关），已填入单位名称，请核对");

  const unrecognised: UnrecognisedLine[] = [...front.unrecognised, ...tail.unrecognised];
  const input: ReportInput = {
    header,
    preamble: front.preamble.join("\n"),
    parts: keepUnrecognised(assembled.parts, unrecognised),
    closing: tail.closing,
    attachments: tail.attachments,
  };
  if (startAt >= 0) {
    for (const kind of PART_KINDS) {
      if (PART_CATALOGUE[kind].required && !assembled.parts.some((p) => p.kind === kind)) warnings.push(`未找到${quotedName(kind)}部分`);
    }
  }
  if (startAt < 0) warnings.push("原文没有“一、”“（一）”等标题，正文全部放在导语中，请按报告的结构拆分");
  if (!front.addressee) warnings.push("未找到主送机关（如“洛阳市人民政府：”）");
  if (!tail.closing) warnings.push("未找到结束语（如“特此报告。”）");
  if (decoration) warnings.push(`已忽略${decoration}行只含分隔符号的行`);

  const parsed = draftReportSchema.safeParse(input);
  if (!parsed.success) {
    const [first] = parsed.error.issues;
    const lead = first?.code === "too_big" ? IMPORT_MESSAGES.tooLarge : IMPORT_MESSAGES.invalid;
    return { ok: false, message: `${lead}${first ? `（${first.message}）` : ""}` };
  }
  const unknown = unknownReference(parsed.data);
  // Named as it stands in the file, where the person has to find it.
  if (unknown !== null) return { ok: false, message: `${IMPORT_MESSAGES.invalid}（文件中的“{{${unknown}}}”不是本系统的数据引用，请删除或改写为数字）` };
  return { ok: true, report: parsed.data, proposals: proposeFigures(parsed.data), unrecognised, warnings };
}

/**
 * A draft may hold a reference to no figure (the editor flags it), but a file
 * that arrives with one was not written for this app's figures: it would
 * print the braces. Such a file is refused, naming the reference.
 */
function unknownReference(report: Report): string | null {
  for (const { text } of textFields(report)) {
    const ref = findReferences(text).find((r) => !isFigureId(r.id));
    if (ref) return ref.id;
  }
  return null;
}

/** "洛阳市老城区人民政府关于2020年度…的报告" → 洛阳市老城区人民政府. */
function organOfTitle(title: string): string {
  const i = title.replace(/\n/g, "").indexOf("关于");
  return i > 0 ? title.replace(/\n/g, "").slice(0, i) : "";
}

function keepUnrecognised(parts: readonly PartInput[], lines: readonly UnrecognisedLine[]): PartInput[] {
  if (lines.length === 0) return [...parts];
  const text = lines.map((l) => l.text).join("\n");
  const own = parts.findIndex((p) => p.kind === "otherMatters");
  const other = parts[own];
  if (other?.kind === "otherMatters") {
    const items = [...(other.items ?? []), { heading: UNRECOGNISED_HEADING, body: text, subItems: [] }];
    return parts.map((p, i) => (i === own ? { ...other, items } : p));
  }
  const at = parts.at(-1)?.kind === "conclusion" ? parts.length - 1 : parts.length;
  return [...parts.slice(0, at), { kind: "otherMatters", heading: UNRECOGNISED_HEADING, intro: text, items: [] }, ...parts.slice(at)];
}
