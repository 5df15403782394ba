"use client";
import Link from "next/link";
import { useActionState, useState } from "react";
import type { StartNextYearResult } from "@/lib/server/years/start-next-year.schema";
import { startNextYearAction } from "./actions";

/** Picks the year to start from (default: the newest) and whether its texts come along. */
export function NextYearForm({ organizationId, fromYears }: { organizationId: string; fromYears: number[] }) {
  const [state, action, pending] = useActionState<StartNextYearResult | null, FormData>(startNextYearAction, null);
  const [chosen, setChosen] = useState(fromYears[0] ?? 0);
  // After a start, the year just used leaves the list (its next year exists now).
  const fromYear = fromYears.includes(chosen) ? chosen : (fromYears[0] ?? 0);
  return (
    <form action={action} aria-label="开始新年度报告" className="card">
      <h2>开始新年度报告</h2>
      <input type="hidden" name="organizationId" value={organizationId} />
      <div className="field" style={{ maxWidth: 240 }}>
        <label htmlFor="fromYear">沿用哪一年度的报告</label>
        <select id="fromYear" name="fromYear" value={fromYear} onChange={(e) => setChosen(Number(e.target.value))}>
          {fromYears.map((y) => (
            <option key={y} value={y}>
              {y}年度
            </option>
          ))}
        </select>
      </div>
      <p>
        <label>
          <input type="checkbox" name="carryTexts" style={{ width: "auto", marginRight: "0.4rem" }} />
          同时沿用正文
        </label>
        <span className="muted">（沿用的正文会标记为“沿用上年”，修改后标记消失；数据一律不沿用）</span>
      </p>
      {state?.ok === false && (
        <p className="error" role="alert">
          {state.message}
        </p>
      )}
      {state?.ok && (
        <p role="status">
          已创建{state.year}年度报告。<Link href={`/reports/${state.reportId}/edit`}>去编辑</Link>
        </p>
      )}
      <button className="primary" disabled={pending}>
        从{fromYear}年度报告开始{fromYear + 1}年度
      </button>
    </form>
  );
}
