import Link from "next/link";

/** 404 in the users' language: a page that does not exist, or a report they may not see (which must look the same). */
export default function NotFound() {
  return (
    <section className="card" aria-labelledby="not-found-title">
      <h1 id="not-found-title">页面不存在</h1>
      <p>您要找的页面不存在，或者已被删除。请检查地址是否正确。</p>
      <p>
        <Link href="/">返回首页</Link>
      </p>
    </section>
  );
}
