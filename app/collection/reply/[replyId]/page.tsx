import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/server/db";
import { requireActor } from "@/lib/server/auth/current-actor";
import { recordEvent } from "@/lib/server/audit/record-event";
import { customFiguresFor } from "@/lib/server/figures/list-custom-figures";
import { readFigureIds, readReplyValues } from "@/lib/server/collection/reply-values";
import { figureDefOf } from "@/lib/report/set-figure";
import { ReplyForm } from "@/components/city/ReplyForm";
import { saveReplyAction } from "../../actions";

export const dynamic = "force-dynamic";

/** A department's reply to a request: only the figures asked of it, nothing of the office's report. */
export default async function ReplyPage({ params }: { params: Promise<{ replyId: string }> }) {
  const actor = await requireActor();
  const { replyId } = await params;
  const reply = await db().dataReply.findUnique({ where: { id: replyId }, include: { request: { include: { organization: { select: { name: true } } } } } });
  if (!reply || reply.organizationId !== actor.organizationId) {
    await recordEvent(db(), { action: "forbidden", actor, detail: `data reply page ${replyId}` });
    notFound();
  }
  const custom = await customFiguresFor(db(), reply.request.organizationId);
  const values = readReplyValues(reply.values);
  const figures = readFigureIds(reply.request.figureIds).flatMap((id) => {
    const def = figureDefOf(id, custom);
    return def ? [{ id, label: def.label, unit: def.unit, value: values[id]?.value ?? "", note: values[id]?.note ?? "" }] : [];
  });
  return (
    <>
      <p>
        <Link href="/collection">← 数据征集</Link>
      </p>
      <h1>{reply.request.title}</h1>
      <p className="muted">
        {reply.request.organization.name}征集 · {reply.request.year}年度 · 截止 {reply.request.deadline.toLocaleDateString("zh-CN", { timeZone: "Asia/Shanghai" })}
        {reply.status === "accepted" && " · 已被采纳，不能再修改"}
      </p>
      <ReplyForm replyId={reply.id} figures={figures} locked={reply.status === "accepted"} action={saveReplyAction} />
    </>
  );
}
