/**
 * The areas of work of the 《法治政府建设实施纲要（2021－2025年）》, one per
 * chapter of its tasks (三 to 十一): 健全政府机构职能体系, 健全依法行政制度体系,
 * 健全行政决策制度体系, 健全行政执法工作体系, 健全突发事件应对体系, 健全社会
 * 矛盾纠纷行政预防调处化解体系, 健全行政权力制约和监督体系, 健全法治政府建设
 * 科技保障体系（全面建设数字法治政府）, 加强党的领导. (The headings as the
 * 纲要 and the provinces' implementation plans that repeat them word for
 * word state them.)
 *
 * An area counts as covered when the measures parts mention one of its
 * keywords. The lists are plain data so that anyone can read why an area
 * was or was not found, and change them here: words the reports of the
 * seeds and the 纲要 itself use for the area's work.
 */
export interface OutlineArea {
  id: string;
  /** The 纲要's heading for the area. */
  heading: string;
  /** Words any of which, in the measures, counts as covering the area. */
  keywords: readonly string[];
}

export const OUTLINE_AREAS: readonly OutlineArea[] = [
  { id: "functions", heading: "健全政府机构职能体系", keywords: ["放管服", "权责清单", "政府职能", "营商环境", "审批制度", "证照分离", "一网通办", "负面清单", "商事制度"] },
  { id: "rules", heading: "健全依法行政制度体系", keywords: ["规范性文件", "立法", "规章", "备案审查", "合法性审核", "文件清理"] },
  { id: "decisions", heading: "健全行政决策制度体系", keywords: ["重大行政决策", "决策程序", "合法性审查", "法律顾问", "公职律师", "专家论证", "风险评估", "公众参与"] },
  { id: "enforcement", heading: "健全行政执法工作体系", keywords: ["行政执法", "执法人员", "执法证", "三项制度", "执法公示", "法制审核", "执法全过程记录", "综合执法", "行政处罚"] },
  { id: "emergencies", heading: "健全突发事件应对体系", keywords: ["突发事件", "应急", "疫情防控", "疫情", "防汛"] },
  { id: "disputes", heading: "健全社会矛盾纠纷行政预防调处化解体系", keywords: ["行政复议", "行政调解", "人民调解", "信访", "矛盾纠纷", "行政裁决", "化解"] },
  { id: "oversight", heading: "健全行政权力制约和监督体系", keywords: ["监督", "政务公开", "行政应诉", "出庭应诉", "审计", "问责", "信用"] },
  { id: "digital", heading: "健全法治政府建设科技保障体系（全面建设数字法治政府）", keywords: ["数字", "信息化", "互联网+", "大数据", "智慧", "网上办理", "平台"] },
  { id: "leadership", heading: "加强党的领导，完善法治政府建设推进机制", keywords: ["党的领导", "第一责任人", "依法治区", "依法治市", "依法治县", "集体学法", "述法", "法治督察", "考核"] },
];
