import type { RequestView } from "@/lib/server/collection/list-collection";
import type { RollUpFigure } from "@/lib/report/roll-up";
import { ReplyActionButton } from "./ReplyActionButton";

type Act = (prev: unknown, form: FormData) => Promise<{ ok: true } | { ok: false; message: string }>;
const STATUS: Record<string, string> = { pending: "待填报", submitted: "已报送", accepted: "已采纳" };
const when = (d: Date | null) => (d ? d.toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false }) : "");

/** One request as the office follows it: each department's status, its values with their sources, 催报 and 采纳. */
export function RequestStatus({ request, figures, now, accept, remind, may }: { request: RequestView; figures: readonly RollUpFigure[]; now: Date; accept: Act; remind: Act; may: boolean }) {
  const label = (id: string) => figures.find((f) => f.id === id)?.label ?? id;
  return (
    <section className="card" aria-label={request.title}>
      <h2 style={{ marginTop: 0 }}>
        {request.title} <span className="muted">截止 {request.deadline.toLocaleDateString("zh-CN", { timeZone: "Asia/Shanghai" })}</span>
      </h2>
      <p className="muted">征集数据：{request.figureIds.map(label).join("、")}</p>
      <table className="list" aria-label={`${request.title}各部门情况`}>
        <thead>
          <tr>
            <th>部门</th>
            <th>状态</th>
            <th>填报的数据</th>
            <th>操作</th>
          </tr>
        </thead>
        <tbody>
          {request.replies.map((r) => (
            <tr key={r.id}>
              <td>{r.department}</td>
              <td>
                <span className="status">{STATUS[r.status] ?? r.status}</span>
                {r.status === "pending" && request.deadline < now && <strong className="error"> 已逾期</strong>}
                {r.submittedAt && <div className="muted">{when(r.submittedAt)} {r.submittedBy}</div>}
              </td>
              <td>
                {r.status === "pending"
                  ? "—"
                  : Object.entries(r.values).map(([id, v]) => (
                      <div key={id}>
                        {label(id)} {v.value}
                        {v.note && <span className="muted">（{v.note}）</span>}
                      </div>
                    ))}
              </td>
              <td>
                {may && r.status === "pending" && <ReplyActionButton replyId={r.id} label="催报" done="已催报" action={remind} />}
                {may && r.status === "submitted" && <ReplyActionButton replyId={r.id} label="采纳到报告" done="已采纳到报告" action={accept} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
