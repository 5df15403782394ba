"use client";

import { headingNumber } from "@/lib/report/numbering";
import { PART_CATALOGUE, PART_KINDS, REGULATION_ITEMS, type RegulationItem } from "@/lib/report/part-catalogue";
import { partName, partFilled, type Part } from "@/lib/report/schema";

const ITEMS = Object.keys(REGULATION_ITEMS) as RegulationItem[];

/** Whether the regulation's item must be in a report ready for review (其他需要报告的情况 only when there is something). */
const required = (item: RegulationItem) => PART_KINDS.some((k) => PART_CATALOGUE[k].answers === item && PART_CATALOGUE[k].required);

/**
 * The five contents the 《法治政府建设与责任落实督察工作规定》 asks of an
 * annual report, each with the part that answers it: whatever order the
 * author chose, a missing one is seen before 提交审核 refuses it.
 */
export function RegulationChecklist({ rows, numbers }: { rows: readonly Part[]; numbers: readonly (number | null)[] }) {
  const label = (part: Part) => {
    const n = numbers[rows.indexOf(part)] ?? null;
    return `${n === null ? "" : headingNumber(1, n)}${partName(part)}`;
  };
  return (
    <section className="regulation" aria-label="督察规定要求的内容">
      <h3>《法治政府建设与责任落实督察工作规定》要求报告的内容</h3>
      <ul>
        {ITEMS.map((item) => {
          const answering = rows.filter((p) => PART_CATALOGUE[p.kind].answers === item);
          const filled = answering.filter(partFilled);
          const empty = filled.length === 0 ? answering[0] : undefined;
          const status = filled.length > 0 ? "已包含" : required(item) ? "缺少" : "未包含（可选）";
          return (
            <li key={item}>
              <span className={`badge ${filled.length > 0 ? "complete" : required(item) ? "problems" : ""}`}>{status}</span> {REGULATION_ITEMS[item]}
              {filled.length > 0 && <span className="muted">：{filled.map(label).join("、")}</span>}
              {empty && <span className="muted">（已有“{PART_CATALOGUE[empty.kind].name}”部分，尚无内容）</span>}
              {filled.length === 0 && answering.length === 0 && !required(item) && <span className="muted">：没有其他需要报告的情况时可不写</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
