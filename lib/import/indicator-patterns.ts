import type { FigurePattern } from "./figure-patterns";

/**
 * How the indicators that assessments and city lists ask for beyond
 * Laocheng's figures are worded (行政复议 outcomes, 行政应诉, enforcement
 * counts, 重大行政决策, 规范性文件 clean-ups, legal services), in the cue
 * language of figure-patterns.ts. Outcomes of 行政复议 and 行政应诉 share
 * their words (审结, 撤销), so their cues ask for the proceeding in the same
 * sentence; the user confirms every proposal.
 */
const PERCENT = ["%", "％"] as const;
const CASES = ["起", "件", "宗"] as const;
const PEOPLE = ["人", "名", "位"] as const;
const TIMES = ["次", "场", "场次"] as const;
const DOCUMENTS = ["件", "个", "份"] as const;

/** An outcome of 行政复议: its words right before the number, in a sentence on 复议. */
const reconsideration = (...words: string[]): FigurePattern => ({ units: CASES, cues: words.map((before) => ({ before, sentence: ["复议"] })) });
/** A result of a clean-up of 规范性文件, in a sentence on 清理. */
const cleanUp = (...words: string[]): FigurePattern => ({ units: DOCUMENTS, cues: words.map((before) => ({ before, sentence: ["清理"] })) });

export const INDICATOR_PATTERNS = {
  "leadership.courtHearingsAttended": { units: ["人次", ...PEOPLE], cues: [{ after: "旁听庭审" }, { before: "旁听庭审" }, { clause: ["旁听庭审"] }] },
  "leadership.leadersReportingOnLaw": { units: ["人次", ...PEOPLE], cues: [{ before: "述法" }, { clause: ["述法"] }] },

  "normativeDocuments.documentsReviewed": {
    units: DOCUMENTS,
    cues: [{ before: "审核规范性文件" }, { before: "规范性文件合法性审核" }, { before: "合法性审核", sentence: ["规范性文件"] }],
  },
  "normativeDocuments.documentsFiled": {
    units: DOCUMENTS,
    cues: [{ before: "备案规范性文件" }, { before: "规范性文件", clause: ["报备"] }, { before: "规范性文件", clause: ["备案"] }],
  },
  "normativeDocuments.documentsCleanedUp": {
    units: DOCUMENTS,
    cues: [{ before: "清理规范性文件" }, { before: "规范性文件", clause: ["清理"] }, { after: "规范性文件", clause: ["清理"] }],
  },
  "normativeDocuments.documentsKept": cleanUp("保留", "继续有效"),
  "normativeDocuments.documentsAmended": cleanUp("修改", "修订"),
  "normativeDocuments.documentsRepealed": cleanUp("废止"),
  "normativeDocuments.documentsInvalidated": cleanUp("宣布失效", "失效"),

  "decisionMaking.majorDecisions": { units: ["项", "件", "个"], cues: [{ before: "重大行政决策事项" }, { before: "重大行政决策" }, { after: "重大行政决策" }] },
  "decisionMaking.decisionsLegalityReviewed": {
    units: ["件", "项", "次"],
    cues: [{ before: "合法性审查", sentence: ["决策"] }, { clause: ["重大行政决策", "合法性审查"] }],
  },
  "decisionMaking.decisionsPublicParticipation": { units: TIMES, cues: [{ before: "公众参与", sentence: ["决策"] }, { clause: ["决策", "公众参与"] }] },
  "decisionMaking.decisionsHearings": { units: TIMES, cues: [{ before: "听证会" }, { after: "听证会" }, { before: "听证", sentence: ["决策"] }] },
  "decisionMaking.decisionsExpertReviews": { units: TIMES, cues: [{ before: "专家论证会" }, { before: "专家论证" }, { before: "论证会" }] },
  "decisionMaking.decisionsRiskAssessments": { units: [...TIMES, "项"], cues: [{ before: "风险评估" }, { after: "风险评估" }] },
  "decisionMaking.legalAdvisers": { units: PEOPLE, cues: [{ after: "法律顾问" }, { before: "法律顾问" }] },
  "decisionMaking.publicLawyers": { units: PEOPLE, cues: [{ after: "公职律师" }, { before: "公职律师" }] },
  "decisionMaking.legalOpinions": { units: ["件", "份", "条"], cues: [{ before: "法律意见书" }, { before: "法律意见" }, { after: "法律意见" }] },

  "enforcement.penalties": { units: CASES, cues: [{ before: "行政处罚案件" }, { before: "行政处罚" }] },
  "enforcement.fines": { units: ["万元"], cues: [{ before: "罚没款" }, { before: "罚没金额" }, { before: "罚没" }] },
  "enforcement.licences": { units: ["件", "项"], cues: [{ before: "行政许可事项" }, { before: "行政许可" }] },
  "enforcement.inspections": { units: ["次", "家次", "户次"], cues: [{ before: "行政检查" }, { before: "执法检查" }] },
  "enforcement.coerciveMeasures": { units: [...CASES, "次"], cues: [{ before: "行政强制措施" }, { before: "行政强制" }] },
  "enforcement.majorDecisionsReviewed": {
    units: CASES,
    cues: [{ before: "重大执法决定" }, { before: "法制审核", sentence: ["重大"] }, { clause: ["重大执法决定", "法制审核"] }],
  },
  "enforcement.caseFilesReviewed": { units: ["卷", "件", "份"], cues: [{ before: "执法案卷" }, { before: "案卷", clause: ["评查"] }] },
  "enforcement.officers": { units: PEOPLE, cues: [{ before: "行政执法人员" }, { after: "行政执法人员" }] },
  "enforcement.certifiedOfficers": { units: PEOPLE, cues: [{ before: "持证行政执法人员" }, { before: "持证执法人员" }, { after: "持证执法人员" }] },

  "reconsiderationLitigation.reconsiderationApplications": {
    units: CASES,
    cues: [{ before: "收到行政复议申请" }, { before: "复议申请", clause: ["收到"] }],
  },
  "reconsiderationLitigation.reconsiderationAccepted": { units: CASES, cues: [{ before: "受理行政复议案件" }, { before: "受理", sentence: ["复议"], weak: true }] },
  "reconsiderationLitigation.reconsiderationConcluded": reconsideration("审结行政复议案件", "审结", "办结"),
  "reconsiderationLitigation.reconsiderationUpheld": reconsideration("维持"),
  "reconsiderationLitigation.reconsiderationDismissed": reconsideration("驳回"),
  "reconsiderationLitigation.reconsiderationRevoked": reconsideration("撤销"),
  "reconsiderationLitigation.reconsiderationVaried": reconsideration("变更"),
  "reconsiderationLitigation.reconsiderationDeclaredUnlawful": reconsideration("确认违法"),
  "reconsiderationLitigation.reconsiderationDeclaredVoid": reconsideration("确认无效"),
  "reconsiderationLitigation.reconsiderationOrderedToAct": reconsideration("责令履行"),
  "reconsiderationLitigation.reconsiderationSettled": reconsideration("调解和解", "调解"),
  "reconsiderationLitigation.reconsiderationTerminated": reconsideration("终止"),
  "reconsiderationLitigation.reconsiderationCorrected": { units: CASES, cues: [{ before: "直接纠错" }, { before: "纠错", sentence: ["复议"] }] },
  "reconsiderationLitigation.reconsiderationCorrectionRate": {
    units: PERCENT,
    cues: [{ before: "直接纠错率" }, { before: "纠错率", sentence: ["复议"] }, { before: "纠错率", weak: true }],
  },
  "reconsiderationLitigation.reconsiderationSettlementRate": { units: PERCENT, cues: [{ before: "调解和解率" }, { before: "调解率", sentence: ["复议"] }] },
  "reconsiderationLitigation.lawsuitsFirstInstance": { units: CASES, cues: [{ before: "一审行政诉讼案件" }, { before: "一审案件", sentence: ["诉讼"] }] },
  "reconsiderationLitigation.lawsuitsSecondInstance": { units: CASES, cues: [{ before: "二审行政诉讼案件" }, { before: "二审案件", sentence: ["诉讼"] }] },
  "reconsiderationLitigation.lawsuitsConcluded": {
    units: CASES,
    cues: [{ before: "审结行政诉讼案件" }, { before: "审结", sentence: ["诉讼"] }, { before: "审结", sentence: ["应诉"] }],
  },
  "reconsiderationLitigation.lawsuitsLost": { units: CASES, cues: [{ before: "败诉案件" }, { before: "败诉" }] },
  "reconsiderationLitigation.lawsuitLossRate": { units: PERCENT, cues: [{ before: "败诉率" }] },
  "reconsiderationLitigation.lawsuitsHeard": {
    units: CASES,
    cues: [{ before: "开庭审理的行政诉讼案件" }, { before: "开庭审理的案件" }, { before: "开庭审理" }],
  },
  "reconsiderationLitigation.principalsInCourt": {
    units: [...CASES, "人次", "次"],
    cues: [{ before: "负责人出庭应诉" }, { before: "出庭应诉", sentence: ["负责人"] }],
  },

  // Words before the number (普法活动120场) are the 六进 events' cues in figure-patterns.ts.
  "legalEducation.legalEducationEvents": { units: TIMES, cues: [{ after: "普法活动" }, { after: "普法宣传活动" }] },
  "legalEducation.audience": { units: ["人次", "万人次", "人"], cues: [{ before: "受众" }, { clause: ["受众"] }] },
  "legalEducation.legalAidCases": { units: CASES, cues: [{ before: "法律援助案件" }, { before: "法律援助" }] },
  "legalEducation.mediationCases": {
    units: CASES,
    cues: [{ before: "人民调解案件" }, { before: "调解案件", sentence: ["人民调解"] }, { before: "矛盾纠纷", clause: ["调解"] }],
  },
  "legalEducation.mediationsSucceeded": { units: CASES, cues: [{ before: "调解成功" }] },
  "legalEducation.mediationSuccessRate": { units: PERCENT, cues: [{ before: "调解成功率" }] },
  "legalEducation.publicLegalServices": { units: ["件", "次", "人次"], cues: [{ before: "公共法律服务" }] },
} as const satisfies Record<string, FigurePattern>;
