import Link from "next/link";
import { fieldLabel } from "@/lib/report/outline";
import type { Finding } from "@/lib/report/review-checks";
import { FindingList } from "./FindingList";
import type { Report } from "@/lib/report/schema";

/**
 * The review checks on the reviewer's page: what the drafter saw in the
 * editor, for the reviewer's second look. Each names its place as the
 * editor's outline does; editing it is a link away for whoever may edit.
 */
export function ReviewFindings({ findings, report, editHref }: { findings: readonly Finding[]; report: Report; editHref: string | null }) {
  const shown = findings.filter((f) => f.severity !== "info" || f.rule === "deadline");
  const count = (s: Finding["severity"]) => shown.filter((f) => f.severity === s).length;
  return (
    <section className="card" aria-label="审查提示">
      <h2>
        审查提示（必须 {count("blocking")} 项，请核对 {count("warning")} 项）
      </h2>
      {shown.length === 0 ? (
        <p className="muted">未发现问题</p>
      ) : (
        <FindingList
          findings={shown}
          place={(f) => (f.path === "" ? "全文" : editHref ? <Link href={editHref}>{fieldLabel(f.path, report)}</Link> : fieldLabel(f.path, report))}
        />
      )}
    </section>
  );
}
