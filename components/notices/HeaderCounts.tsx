import Link from "next/link";
import "./notices.css";

/** The header's 待办 and 通知 counts, each a link to its list; the numbers come from the same lists the pages show. */
export function HeaderCounts({ todo, unread }: { todo: number; unread: number }) {
  return (
    <span className="header-counts">
      <Link href="/#todo" aria-label={`待办 ${todo} 项`}>
        待办{todo > 0 && <span className="count-badge">{todo}</span>}
      </Link>{" "}
      <Link href="/notices" aria-label={`未读通知 ${unread} 条`}>
        通知{unread > 0 && <span className="count-badge">{unread}</span>}
      </Link>
    </span>
  );
}
