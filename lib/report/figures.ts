/**
 * The figures a 法治政府建设年度报告 states, grouped by topic.
 *
 * This catalogue is the only place a figure is declared: the schema, the
 * form's number inputs, the cross-checks, the figure references in the text
 * and the year-on-year comparison are all built from it. Topic and figure
 * keys are stored in saved reports, so renaming one needs a data migration;
 * labels and units can change freely.
 */

import { exactNumber, formatNumber, type FigureValue } from "./figure-value";

export type FigureKind = "count" | "rate";

export interface FigureDef {
  /** What the users see, e.g. 行政诉讼案件. */
  readonly label: string;
  /** The unit written after the number in the prose, e.g. 起, 件, %. */
  readonly unit: string;
  /** count: a non-negative integer; rate: a percentage 0–100 with up to two decimals. */
  readonly kind: FigureKind;
}

export interface TopicDef {
  readonly label: string;
  readonly figures: Readonly<Record<string, FigureDef>>;
}

const count = (label: string, unit: string): FigureDef => ({ label, unit, kind: "count" });
const rate = (label: string): FigureDef => ({ label, unit: "%", kind: "rate" });

export const FIGURE_CATALOGUE = {
  leadership: {
    label: "领导重视与学法",
    figures: {
      collectiveStudySessions: count("政府集体学法", "次"),
      cadresTrained: count("领导干部法律知识培训", "人"),
    },
  },
  normativeDocuments: {
    label: "规范性文件与合法性审核",
    figures: {
      documentsIssued: count("制定规范性文件", "件"),
      meetingItemsReviewed: count("审核政府常务会议题", "件"),
      contractsReviewed: count("审核合同协议", "件"),
    },
  },
  enforcement: {
    label: "行政执法",
    figures: {
      trainings: count("行政执法业务培训", "次"),
      enforcementUnits: count("行政执法单位", "个"),
      officersExamined: count("参加执法人员法律知识考试", "人"),
      certificatesReplaced: count("更换及补办执法证件", "个"),
      revokedCertificatesReturned: count("回收已注销执法证件", "个"),
      certificatesIssued: count("发放新办执法证件", "个"),
      recordsPublished: count("公示行政许可、行政处罚信息", "条"),
    },
  },
  reconsiderationLitigation: {
    label: "行政复议与行政应诉",
    figures: {
      lawsuits: count("行政诉讼案件", "起"),
      reconsiderationCases: count("行政复议案件", "起"),
      compensationClaims: count("行政赔偿申请", "起"),
      repliesForGovernment: count("代表政府复议答复案件", "起"),
      courtAppearanceRate: rate("行政机关负责人出庭应诉率"),
    },
  },
  petitions: {
    label: "信访",
    figures: {
      toBeijing: count("京访案件", "起"),
      toProvince: count("省访案件", "起"),
      registeredByCity: count("市信访局登记案件", "起"),
      assigned: count("上级交办信访事项", "起"),
      resolved: count("交办信访事项已化解", "起"),
      unresolved: count("交办信访事项未化解", "起"),
      backlogCases: count("交办信访积案", "件"),
      backlogResolved: count("信访积案已化解", "件"),
      backlogResolutionRate: rate("信访积案化解率"),
      letters: count("群众来信", "件"),
      calls: count("电话信访", "件"),
      textMessages: count("短信信访", "件"),
      onlineComplaints: count("网上投诉", "起"),
      onlineClosedOnTime: count("网上投诉按期办结", "起"),
      onlineInProgress: count("网上投诉法定期间办理中", "起"),
      acceptedOnTimeRate: rate("信访事项及时受理率"),
      closedOnTimeRate: rate("信访事项按期办结率"),
      satisfactionRate: rate("群众满意率"),
      participationRate: rate("群众参评率"),
      onlineShare: rate("网上信访占比"),
      repeatShare: rate("重复信访占比"),
    },
  },
  legalEducation: {
    label: "普法与法律服务",
    figures: {
      events: count("法律“六进”活动", "场"),
      schoolEvents: count("送法进校园活动", "场"),
      civilCodeLectures: count("《民法典》宣讲", "场"),
      typicalCases: count("发布典型案例", "个"),
      newsItems: count("新媒体发布普法新闻", "条"),
      articles: count("主流媒体发表稿件", "篇"),
      firmsServed: count("对接服务企业", "户"),
      boards: count("法治宣传版面", "块"),
      slogans: count("法治宣传标语", "条"),
      vicePrincipals: count("聘请法治副校长", "名"),
    },
  },
} as const satisfies Readonly<Record<string, TopicDef>>;

export type Catalogue = typeof FIGURE_CATALOGUE;
export type TopicKey = keyof Catalogue;
export type FigureKey<T extends TopicKey> = keyof Catalogue[T]["figures"] & string;

/** Every figure's values, topic by topic; null where the office has not entered one. */
export type Figures = { [T in TopicKey]: { [F in FigureKey<T>]: FigureValue | null } };

/** "petitions.resolved": how a figure is named in references, checks and paths. */
export type FigureId = { [T in TopicKey]: `${T}.${FigureKey<T>}` }[TopicKey];

export interface FigureEntry {
  readonly id: FigureId;
  readonly topic: TopicKey;
  readonly key: string;
  readonly def: FigureDef;
}

export const TOPIC_KEYS = Object.keys(FIGURE_CATALOGUE) as TopicKey[];

/** All figures in catalogue order, for lists, pickers and comparisons. */
export const FIGURE_ENTRIES: readonly FigureEntry[] = TOPIC_KEYS.flatMap((topic) =>
  Object.entries(FIGURE_CATALOGUE[topic].figures).map(([key, def]) => ({
    // The template literal is built from a catalogue key, so it is a FigureId by construction.
    id: `${topic}.${key}` as FigureId,
    topic,
    key,
    def,
  })),
);

const ENTRY_BY_ID = new Map<string, FigureEntry>(FIGURE_ENTRIES.map((e) => [e.id, e]));

export function findFigure(id: string): FigureEntry | undefined {
  return ENTRY_BY_ID.get(id);
}

export function isFigureId(id: string): id is FigureId {
  return ENTRY_BY_ID.has(id);
}

/** The value as stored: a number, the words of an approximate value (500余), or null. */
export function storedFigure(figures: Figures, id: FigureId): FigureValue | null {
  const entry = ENTRY_BY_ID.get(id);
  if (!entry) return null;
  const topic: Record<string, FigureValue | null> = figures[entry.topic];
  return topic[entry.key] ?? null;
}

/** The value the report states exactly, for arithmetic; null when approximate or not entered. */
export function figureValue(figures: Figures, id: FigureId): number | null {
  return exactNumber(storedFigure(figures, id), ENTRY_BY_ID.get(id)?.def.unit);
}

export { formatNumber as formatFigure };
