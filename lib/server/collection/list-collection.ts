import "server-only";
import type { Db } from "@/lib/db/client";
import { readFigureIds, readReplyValues, type ReplyValues } from "./reply-values";

export interface ReplyView {
  id: string;
  department: string;
  status: string;
  values: ReplyValues;
  submittedAt: Date | null;
  submittedBy: string | null;
  acceptedAt: Date | null;
}

export interface RequestView {
  id: string;
  year: number;
  title: string;
  figureIds: string[];
  deadline: Date;
  office: string;
  replies: ReplyView[];
}

const replyView = (r: { id: string; status: string; values: string; submittedAt: Date | null; submittedBy: string | null; acceptedAt: Date | null; organization: { name: string } }): ReplyView => ({
  id: r.id,
  department: r.organization.name,
  status: r.status,
  values: readReplyValues(r.values),
  submittedAt: r.submittedAt,
  submittedBy: r.submittedBy,
  acceptedAt: r.acceptedAt,
});

/** An office's requests for a year, newest first, each with every department's reply. */
export async function officeRequests(db: Db, organizationId: string, year: number): Promise<RequestView[]> {
  const rows = await db.dataRequest.findMany({
    where: { organizationId, year },
    orderBy: { createdAt: "desc" },
    include: { organization: { select: { name: true } }, replies: { include: { organization: { select: { name: true } } }, orderBy: { organization: { name: "asc" } } } },
  });
  return rows.map((r) => ({ id: r.id, year: r.year, title: r.title, figureIds: readFigureIds(r.figureIds), deadline: r.deadline, office: r.organization.name, replies: r.replies.map(replyView) }));
}

/** What a department was asked, newest first: each request with its own reply only (never the other departments'). */
export async function departmentRequests(db: Db, organizationId: string): Promise<(RequestView & { reply: ReplyView })[]> {
  const rows = await db.dataReply.findMany({
    where: { organizationId },
    orderBy: { request: { createdAt: "desc" } },
    take: 100,
    include: { organization: { select: { name: true } }, request: { include: { organization: { select: { name: true } } } } },
  });
  return rows.map((r) => {
    const reply = replyView(r);
    const q = r.request;
    return { id: q.id, year: q.year, title: q.title, figureIds: readFigureIds(q.figureIds), deadline: q.deadline, office: q.organization.name, replies: [reply], reply };
  });
}
