import "server-only";
import type { Db } from "@/lib/db/client";
import type { ChecklistItem } from "@/lib/report/review-checks";
import { ancestorIds } from "@/lib/server/access/report-target";

export interface StoredChecklistItem {
  id: string;
  title: string;
  keywords: string[];
}

export const keywordList = (stored: string) => stored.split("、").filter((w) => w !== "");

/** An organization's own checklist, in its order (the admin page). */
export async function ownChecklist(db: Db, organizationId: string): Promise<StoredChecklistItem[]> {
  const rows = await db.checklistItem.findMany({ where: { organizationId }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] });
  return rows.map((r) => ({ id: r.id, title: r.title, keywords: keywordList(r.keywords) }));
}

/** The checklists an organization's reports are checked against: those of every organization above it, the farthest first. */
export async function checklistFor(db: Db, organizationId: string): Promise<ChecklistItem[]> {
  const chain = (await ancestorIds(db, organizationId)).reverse();
  if (chain.length === 0) return [];
  const rows = await db.checklistItem.findMany({
    where: { organizationId: { in: chain } },
    include: { organization: { select: { name: true } } },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
  });
  return rows
    .sort((a, b) => chain.indexOf(a.organizationId) - chain.indexOf(b.organizationId))
    .map((r) => ({ title: r.title, keywords: keywordList(r.keywords), askedBy: r.organization.name }));
}
