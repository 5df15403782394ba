import type { FigureId } from "@/lib/report/figures";
import { INDICATOR_PATTERNS } from "./indicator-patterns";

/**
 * How each figure is worded in the prose, as data beside the matcher
 * (proposals.ts). The wording comes from the Laocheng 2020 report and the
 * city-level articles in shared/seeds; add a cue here when an office words a
 * figure differently, no code changes needed.
 *
 * A cue matches one number occurrence:
 *  before – the words end right before the number; a few filler characters
 *           (共 计 为 达 到 约 均 已 总 累 有 了) may stand between: 行政诉讼案件 in 共接收行政诉讼案件77起;
 *  after  – the words follow the number and its unit: 行政执法业务培训 in 开展4次行政执法业务培训;
 *  clause   – every word occurs in the same clause (between ，。；！？：): a weaker sign;
 *  sentence – every word occurs in the same sentence (between 。！？；), to tell a
 *             generic word apart: 化解率 is the petitions backlog's only in a sentence on 积案;
 *  weak     – the words are generic (满意率 is also said of 政务服务), so the match is only medium.
 * Several conditions in one cue must all hold. The unit written after the number
 * must be one of `units`; rates need %. Approximate numbers (500余名, 近千件,
 * 约30人) match the same cues: the words before and after the number are part of it.
 * A cue with before/after gives high confidence unless weak; a clause-only cue medium.
 *
 * `zero` names the rare figure a report states as none at all, in words and
 * without a unit: 进京访零登记 ({ before: "进京访", after: "登记" }: the words
 * end right before 零, the others follow it). 零败诉 matches nothing yet,
 * though 行政诉讼败诉率 (indicator-patterns.ts) is what it states.
 */
export interface FigureCue {
  readonly before?: string;
  readonly after?: string;
  readonly clause?: readonly string[];
  readonly sentence?: readonly string[];
  readonly weak?: boolean;
}

export interface ZeroCue {
  readonly before: string;
  readonly after: string;
}

export interface FigurePattern {
  readonly units: readonly string[];
  readonly cues: readonly FigureCue[];
  readonly zero?: readonly ZeroCue[];
}

const NONE_REGISTERED = (...places: string[]): ZeroCue[] =>
  places.flatMap((before) => ["登记", "发生"].map((after) => ({ before, after })));

const PERCENT = ["%", "％"] as const;
const CASES = ["起", "件", "宗"] as const;

export const FIGURE_PATTERNS = {
  "leadership.collectiveStudySessions": {
    units: ["次", "场", "期"],
    cues: [{ before: "集体学法" }, { before: "集体学习" }, { clause: ["集体学法"] }, { clause: ["集体学习"] }],
  },
  "leadership.cadresTrained": {
    units: ["名", "人", "人次"],
    cues: [{ before: "培训领导干部" }, { clause: ["干部", "法律知识培训"] }, { clause: ["干部", "法治培训"] }],
  },

  "normativeDocuments.documentsIssued": {
    units: ["个", "件", "份", "部"],
    cues: [{ before: "制定规范性文件" }, { before: "出台规范性文件" }, { before: "印发规范性文件" }],
  },
  "normativeDocuments.meetingItemsReviewed": {
    units: ["件", "个", "项", "次"],
    cues: [{ before: "常务会议题" }, { before: "常务会议议题" }, { before: "常务会议审议事项" }],
  },
  "normativeDocuments.contractsReviewed": {
    units: ["件", "份", "个", "项"],
    cues: [{ before: "合同协议" }, { before: "审查合同" }, { before: "审核合同" }, { before: "各类合同" }],
  },

  "enforcement.trainings": {
    units: ["次", "期", "场"],
    cues: [{ after: "行政执法业务培训" }, { after: "执法业务培训" }, { after: "执法人员培训" }, { after: "执法培训" }, { before: "执法培训" }],
  },
  "enforcement.enforcementUnits": {
    units: ["个", "家"],
    cues: [{ after: "行政执法单位" }, { after: "执法单位" }, { before: "行政执法单位" }, { after: "行政执法部门", weak: true }],
  },
  "enforcement.officersExamined": {
    units: ["人", "名", "人次"],
    cues: [{ clause: ["执法人员", "考试"] }, { before: "参加考试" }],
  },
  "enforcement.certificatesReplaced": {
    units: ["个", "本", "件"],
    cues: [{ clause: ["更换", "补办"] }, { before: "换发执法证件" }, { before: "换发执法证" }],
  },
  "enforcement.revokedCertificatesReturned": {
    units: ["个", "本", "件"],
    cues: [{ clause: ["注销", "回收"] }, { clause: ["注销", "收回"] }],
  },
  "enforcement.certificatesIssued": {
    units: ["个", "本", "件"],
    cues: [{ before: "新办执法证件" }, { before: "新办执法证" }, { before: "发放执法证件" }, { before: "新申领执法证" }],
  },
  "enforcement.recordsPublished": {
    units: ["条", "件"],
    cues: [{ before: "行政处罚信息" }, { before: "行政许可信息" }, { before: "双公示信息" }, { before: "双公示数据" }],
  },

  "reconsiderationLitigation.lawsuits": {
    units: CASES,
    cues: [{ before: "行政诉讼案件" }, { before: "行政应诉案件" }, { before: "行政诉讼" }],
  },
  "reconsiderationLitigation.reconsiderationCases": {
    units: CASES,
    cues: [{ before: "行政复议案件" }, { before: "行政复议申请" }],
  },
  "reconsiderationLitigation.compensationClaims": {
    units: CASES,
    cues: [{ before: "行政赔偿申请" }, { before: "行政赔偿案件" }, { before: "国家赔偿申请" }, { before: "国家赔偿案件" }],
  },
  "reconsiderationLitigation.repliesForGovernment": {
    units: CASES,
    cues: [{ before: "复议答复案件" }, { before: "行政复议答复" }],
  },
  "reconsiderationLitigation.courtAppearanceRate": {
    units: PERCENT,
    cues: [{ before: "出庭应诉率" }, { before: "负责人出庭率" }],
  },

  "petitions.toBeijing": {
    units: [...CASES, "批", "人次"],
    cues: [{ before: "京访案件" }, { before: "进京访" }, { before: "赴京访" }, { before: "京访" }],
    zero: NONE_REGISTERED("进京访", "赴京访", "进京上访"),
  },
  "petitions.toProvince": {
    units: [...CASES, "批", "人次"],
    cues: [{ before: "省访案件" }, { before: "赴省访" }, { before: "省访" }],
    zero: NONE_REGISTERED("赴省访", "到省上访"),
  },
  "petitions.registeredByCity": { units: CASES, cues: [{ before: "市信访局登记" }, { before: "信访局登记" }] },
  "petitions.assigned": {
    units: CASES,
    cues: [{ before: "信访事项", clause: ["交办"] }, { before: "交办信访事项" }, { before: "交办信访件" }],
  },
  "petitions.resolved": { units: CASES, cues: [{ before: "已化解", sentence: ["信访"] }, { before: "已化解", weak: true }] },
  "petitions.unresolved": { units: CASES, cues: [{ before: "未化解", sentence: ["信访"] }, { before: "未化解", weak: true }] },
  "petitions.backlogCases": {
    units: CASES,
    cues: [{ before: "案件", clause: ["积案"] }, { before: "信访积案" }, { before: "积案" }],
  },
  "petitions.backlogResolved": {
    units: CASES,
    cues: [{ before: "认定化解报告" }, { before: "化解报告" }, { before: "化解积案" }, { before: "积案已化解" }],
  },
  "petitions.backlogResolutionRate": { units: PERCENT, cues: [{ before: "积案化解率" }, { before: "化解率", sentence: ["积案"] }, { before: "化解率", weak: true }] },
  "petitions.letters": { units: ["件", "封"], cues: [{ before: "群众来信" }, { before: "受理来信" }] },
  "petitions.calls": { units: ["件", "个", "次", "起"], cues: [{ before: "电话信访" }, { before: "来电" }] },
  "petitions.textMessages": { units: ["件", "条", "起"], cues: [{ before: "短信信访" }] },
  "petitions.onlineComplaints": { units: CASES, cues: [{ before: "网上投诉" }, { before: "网上信访" }] },
  "petitions.onlineClosedOnTime": { units: CASES, cues: [{ before: "按期办结" }] },
  "petitions.onlineInProgress": {
    units: CASES,
    cues: [{ after: "正在法定期间办理" }, { after: "正在法定期限内办理" }, { after: "正在办理" }],
  },
  "petitions.acceptedOnTimeRate": { units: PERCENT, cues: [{ before: "及时受理率" }, { clause: ["及时受理率"] }] },
  "petitions.closedOnTimeRate": { units: PERCENT, cues: [{ before: "按期办结率" }, { clause: ["按期办结率"] }] },
  "petitions.satisfactionRate": { units: PERCENT, cues: [{ before: "满意率", sentence: ["信访"] }, { before: "满意率", weak: true }] },
  "petitions.participationRate": { units: PERCENT, cues: [{ before: "参评率", sentence: ["信访"] }, { before: "参评率", weak: true }] },
  "petitions.onlineShare": { units: PERCENT, cues: [{ before: "网投占比" }, { before: "网上信访占比" }] },
  "petitions.repeatShare": { units: PERCENT, cues: [{ before: "重复信访占比" }, { before: "重复信访率" }] },

  "legalEducation.events": {
    units: ["场", "次", "场次"],
    cues: [{ before: "六进活动" }, { before: "六进”活动" }, { before: "普法宣传活动" }, { before: "普法活动" }],
  },
  "legalEducation.schoolEvents": { units: ["场", "次", "场次"], cues: [{ before: "送法进校园" }, { before: "法治进校园" }] },
  "legalEducation.civilCodeLectures": {
    units: ["场", "次", "场次"],
    cues: [{ before: "民法典》宣讲" }, { before: "民法典宣讲" }, { clause: ["民法典", "宣讲"] }],
  },
  "legalEducation.typicalCases": { units: ["个", "件", "起", "批"], cues: [{ before: "典型案例" }] },
  "legalEducation.newsItems": { units: ["条", "篇", "期"], cues: [{ before: "新闻", clause: ["新媒体"] }, { before: "普法新闻" }] },
  "legalEducation.articles": { units: ["篇", "条"], cues: [{ before: "新闻稿件" }, { before: "发表稿件" }] },
  "legalEducation.firmsServed": { units: ["户", "家", "个"], cues: [{ before: "服务企业" }] },
  "legalEducation.boards": { units: ["块", "个", "期"], cues: [{ before: "法治版面" }, { before: "宣传版面" }] },
  "legalEducation.slogans": { units: ["条", "幅"], cues: [{ before: "宣传标语" }, { before: "法治标语" }] },
  "legalEducation.vicePrincipals": { units: ["名", "位", "人"], cues: [{ after: "法治副校长" }, { before: "法治副校长" }] },
  ...INDICATOR_PATTERNS,
} as const satisfies Record<FigureId, FigurePattern>;
