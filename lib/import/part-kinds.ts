import { PART_CATALOGUE, type PartKind } from "@/lib/report/part-catalogue";

/**
 * Which kind of the part catalogue a level-1 heading opens. Offices word
 * their headings freely ("五、存在的问题及原因分析", "三、存在的不足和原因",
 * "六、2021年工作打算", "四、下一步工作安排"), so each kind is recognised by the
 * words the regulation itself uses; anything else is a measures part, which
 * is what most level-1 parts of a report are.
 *
 * A rule is an exhaustive map over the catalogue's kinds: a kind added to the
 * catalogue does not compile here until someone decides how the import
 * recognises it. `rank` orders the rules where a heading matches several
 * ("其他需要报告的情况" before anything it mentions; the duty before the
 * problems, as "主要负责人履职中存在的问题" is about the duty).
 */
type KindRule =
  | { readonly words: RegExp; readonly rank: number }
  /** Not recognised by its heading: `why` says how the import finds such a part instead. */
  | { readonly words: null; readonly why: string };

const RULES: Readonly<Record<PartKind, KindRule>> = {
  otherMatters: { words: /^其他|其他需要报告|其他事项|其他情况/, rank: 0 },
  duty: { words: /第一责任人|主要负责人|一把手|党政主要领导/, rank: 1 },
  problems: {
    words: /(存在|面临|当前|工作中)[^，。]{0,10}(问题|不足|短板|差距|困难)|(问题|不足|短板)[及和与、]?(原因|差距|分析)|^(主要|突出)?(问题|不足|短板)/,
    rank: 2,
  },
  plans: { words: /打算|工作思路|工作计划|下一步|明年|下一年度?|今后|来年|(工作)?安排$/, rank: 3 },
  measures: { words: null, why: "any level-1 part no other rule claims" },
  conclusion: { words: null, why: "it has no heading: conclusion.ts finds it by its place and wording" },
};

const RANKED = (Object.keys(RULES) as PartKind[])
  .flatMap((kind) => {
    const rule = RULES[kind];
    return rule.words === null ? [] : [{ kind, words: rule.words, rank: rule.rank }];
  })
  .sort((a, b) => a.rank - b.rank);

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
  const kinds: PartKind[] = RANKED.filter((r) => r.words.test(heading)).map((r) => r.kind);
  if (!kinds.includes("plans") && namesLaterYear(heading, year)) kinds.push("plans");
  const [kind = "measures", ...alsoMatched] = kinds;
  return { kind, alsoMatched };
}

/** The catalogue's one name of a kind, quoted as the warnings quote it: “存在的不足和原因”. */
export const quotedName = (kind: PartKind) => `“${PART_CATALOGUE[kind].name}”`;
