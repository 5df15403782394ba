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

export type FigureKind = "count" | "amount" | "rate";

export interface FigureDef {
  /** What the users see, e.g. 行政诉讼案件. */
  readonly label: string;
  /** The unit written after the number in the prose, e.g. 起, 件, 万元, %. */
  readonly unit: string;
  /**
   * count: a whole number of at least 0 (cases, people, sessions);
   * amount: a sum of money with up to two decimals (罚没款 1234.56万元);
   * rate: a percentage 0–100 with up to two decimals.
   */
  readonly kind: FigureKind;
}

export interface TopicDef {
  readonly label: string;
  readonly figures: Readonly<Record<string, FigureDef>>;
}

const count = (label: string, unit: string): FigureDef => ({ label, unit, kind: "count" });
const amount = (label: string, unit: string): FigureDef => ({ label, unit, kind: "amount" });
const rate = (label: string): FigureDef => ({ label, unit: "%", kind: "rate" });

// Key order is the order of the editor's inputs and of the comparison's rows;
// keys themselves are stored in reports and never change. Labels name the
// figure on its own (行政复议撤销, not 撤销): they appear in check messages
// and are matched against the prose (prose-numbers.ts).
export const FIGURE_CATALOGUE = {
  leadership: {
    label: "领导重视与学法",
    figures: {
      collectiveStudySessions: count("政府集体学法", "次"),
      cadresTrained: count("领导干部法律知识培训", "人"),
      courtHearingsAttended: count("领导干部旁听庭审", "人次"),
      leadersReportingOnLaw: count("领导干部述法", "人"),
    },
  },
  normativeDocuments: {
    label: "规范性文件与合法性审核",
    figures: {
      documentsIssued: count("制定规范性文件", "件"),
      documentsReviewed: count("规范性文件合法性审核", "件"),
      documentsFiled: count("规范性文件备案", "件"),
      documentsCleanedUp: count("清理规范性文件", "件"),
      documentsKept: count("清理后保留", "件"),
      documentsAmended: count("清理后修改", "件"),
      documentsRepealed: count("清理后废止", "件"),
      documentsInvalidated: count("清理后宣布失效", "件"),
      meetingItemsReviewed: count("审核政府常务会议题", "件"),
      contractsReviewed: count("审核合同协议", "件"),
    },
  },
  decisionMaking: {
    label: "重大行政决策与法律顾问",
    figures: {
      majorDecisions: count("重大行政决策事项", "项"),
      decisionsLegalityReviewed: count("重大行政决策合法性审查", "件"),
      decisionsPublicParticipation: count("重大行政决策公众参与", "次"),
      decisionsHearings: count("重大行政决策听证", "次"),
      decisionsExpertReviews: count("重大行政决策专家论证", "次"),
      decisionsRiskAssessments: count("重大行政决策风险评估", "次"),
      legalAdvisers: count("政府法律顾问", "人"),
      publicLawyers: count("公职律师", "人"),
      legalOpinions: count("法律顾问出具法律意见", "件"),
    },
  },
  enforcement: {
    label: "行政执法",
    figures: {
      penalties: count("行政处罚案件", "件"),
      fines: amount("罚没款", "万元"),
      licences: count("行政许可", "件"),
      inspections: count("行政检查", "次"),
      coerciveMeasures: count("行政强制", "件"),
      majorDecisionsReviewed: count("重大执法决定法制审核", "件"),
      caseFilesReviewed: count("执法案卷评查", "卷"),
      officers: count("行政执法人员", "人"),
      certifiedOfficers: count("持证行政执法人员", "人"),
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
      // 行政复议: the government as the reconsideration body.
      reconsiderationApplications: count("收到行政复议申请", "件"),
      reconsiderationCases: count("行政复议案件", "起"),
      reconsiderationAccepted: count("受理行政复议案件", "件"),
      reconsiderationConcluded: count("审结行政复议案件", "件"),
      reconsiderationUpheld: count("行政复议维持", "件"),
      reconsiderationDismissed: count("行政复议驳回", "件"),
      reconsiderationRevoked: count("行政复议撤销", "件"),
      reconsiderationVaried: count("行政复议变更", "件"),
      reconsiderationDeclaredUnlawful: count("行政复议确认违法", "件"),
      // An outcome the 2023 行政复议法 added; reports on earlier years do not state it.
      reconsiderationDeclaredVoid: count("行政复议确认无效", "件"),
      reconsiderationOrderedToAct: count("行政复议责令履行", "件"),
      reconsiderationSettled: count("行政复议调解和解", "件"),
      reconsiderationTerminated: count("行政复议终止", "件"),
      reconsiderationCorrected: count("行政复议纠错", "件"),
      reconsiderationCorrectionRate: rate("行政复议纠错率"),
      reconsiderationSettlementRate: rate("行政复议调解和解率"),
      repliesForGovernment: count("代表政府复议答复案件", "起"),
      // 行政应诉: the government or a department as defendant.
      lawsuits: count("行政诉讼案件", "起"),
      lawsuitsFirstInstance: count("一审行政诉讼案件", "件"),
      lawsuitsSecondInstance: count("二审行政诉讼案件", "件"),
      lawsuitsConcluded: count("审结行政诉讼案件", "件"),
      lawsuitsLost: count("行政诉讼败诉案件", "件"),
      lawsuitLossRate: rate("行政诉讼败诉率"),
      lawsuitsHeard: count("开庭审理的行政诉讼案件", "件"),
      principalsInCourt: count("行政机关负责人出庭应诉", "件"),
      courtAppearanceRate: rate("行政机关负责人出庭应诉率"),
      compensationClaims: count("行政赔偿申请", "起"),
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
      legalEducationEvents: count("普法活动", "场次"),
      audience: count("普法受众", "人次"),
      legalAidCases: count("法律援助案件", "件"),
      mediationCases: count("人民调解案件", "件"),
      mediationsSucceeded: count("人民调解成功", "件"),
      mediationSuccessRate: rate("人民调解成功率"),
      publicLegalServices: count("公共法律服务", "件"),
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

export function isTopicKey(key: string): key is TopicKey {
  return Object.hasOwn(FIGURE_CATALOGUE, key);
}
