/** Workflow states of a report and the words users see for them. */
export const REPORT_STATUSES = {
  draft: "草稿",
  submitted: "待审核",
  returned: "退回修改",
  approved: "已审定",
  sent: "已报送",
  published: "已公开",
} as const;

export type ReportStatus = keyof typeof REPORT_STATUSES;

export function statusLabel(status: string): string {
  return status in REPORT_STATUSES ? REPORT_STATUSES[status as ReportStatus] : status;
}
