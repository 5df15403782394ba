/**
 * Which of the regulation's five parts a level-1 heading opens. Offices word
 * their headings freely ("五、存在的问题及原因分析", "五、存在的不足和原因",
 * "六、2021年工作打算", "六、下一步工作安排"), so each part is recognised by the
 * words the regulation itself uses; anything else is a measures part, which is
 * what most level-1 parts of a report are.
 */
export type PartKind = "measures" | "duty" | "problems" | "plans" | "otherMatters";

/** The order the report model prints the parts in. */
export const PART_ORDER: readonly PartKind[] = ["measures", "duty", "problems", "plans", "otherMatters"];

export const PART_LABEL: Record<PartKind, string> = {
  measures: "工作举措和成效",
  duty: "第一责任人职责",
  problems: "存在的问题及原因",
  plans: "下一年度工作打算",
  otherMatters: "其他需要报告的情况",
};

/** Keyword rules per part, kept as data; the first kind whose rule matches wins. */
const RULES: ReadonlyArray<{ kind: Exclude<PartKind, "measures">; words: RegExp }> = [
  { kind: "otherMatters", words: /^其他|其他需要报告|其他事项|其他情况/ },
  { kind: "duty", words: /第一责任人|主要负责人|一把手|党政主要领导/ },
  {
    kind: "problems",
    words: /(存在|面临|当前|工作中)[^，。]{0,10}(问题|不足|短板|差距|困难)|(问题|不足|短板)[及和与、]?(原因|差距|分析)|^(主要|突出)?(问题|不足|短板)/,
  },
  { kind: "plans", words: /打算|工作思路|工作计划|下一步|明年|下一年度?|今后|来年|(工作)?安排$/ },
];

/** "2021年工作" is next year's plans only in a report on 2020. */
function namesLaterYear(heading: string, year: number | null): boolean {
  if (year === null) return false;
  const m = /(\d{4})\s?年度?(的)?(工作|重点|任务)/.exec(heading);
  return m !== null && Number(m[1]) > year;
}

export interface PartGuess {
  kind: PartKind;
  /** Other kinds the heading also matched, so the importer can warn about a combined part. */
  alsoMatched: PartKind[];
}

export function classifyPart(heading: string, year: number | null): PartGuess {
  const kinds: PartKind[] = RULES.filter((r) => r.words.test(heading)).map((r) => r.kind);
  if (!kinds.includes("plans") && namesLaterYear(heading, year)) kinds.push("plans");
  const [kind = "measures", ...alsoMatched] = kinds;
  return { kind, alsoMatched };
}
