import { db } from "@/lib/server/db";
import { requireActor } from "@/lib/server/auth/current-actor";
import { listNotices } from "@/lib/server/notices/list-notices";
import { noticeKindLabel } from "@/lib/server/notices/notify";
import { NoticeList } from "@/components/notices/NoticeList";
import { markReadAction } from "./actions";

export const dynamic = "force-dynamic";

/** 通知: the workflow steps and comments that concerned the person. */
export default async function NoticesPage() {
  const actor = await requireActor();
  const notices = (await listNotices(db(), actor.id)).map((n) => ({
    id: n.id,
    kind: noticeKindLabel(n.kind),
    text: n.text,
    href: n.reportId ? `/reports/${n.reportId}` : null,
    at: n.createdAt.toLocaleString("zh-CN", { hour12: false, timeZone: "Asia/Shanghai" }),
    read: n.read,
  }));
  return (
    <>
      <h1>通知</h1>
      <NoticeList notices={notices} markRead={markReadAction} />
    </>
  );
}
