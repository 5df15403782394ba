import Link from "next/link";

/** 上一页 / 第n页，共m页 / 下一页 for a list cut into pages; `href` gives each page's address. */
export function Pager({ page, pageCount, href }: { page: number; pageCount: number; href: (page: number) => string }) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="分页" style={{ display: "flex", gap: "0.75rem" }}>
      {page > 1 && <Link href={href(page - 1)}>上一页</Link>}
      <span>
        第{page}页，共{pageCount}页
      </span>
      {page < pageCount && <Link href={href(page + 1)}>下一页</Link>}
    </nav>
  );
}
