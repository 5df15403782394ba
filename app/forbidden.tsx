import Link from "next/link";

/**
 * 403, for pages whose existence is no secret but which the person's role
 * does not open (系统管理, 字体): they learn why rather than meeting a 404.
 * A report or organization they may not see stays a 404 (not-found.tsx).
 */
export default function Forbidden() {
  return (
    <section className="card" aria-labelledby="forbidden-title">
      <h1 id="forbidden-title">无权访问</h1>
      <p>此页面仅供管理员使用，您的账号没有访问权限。如需使用，请联系本单位的系统管理员。</p>
      <p>
        <Link href="/">返回首页</Link>
      </p>
    </section>
  );
}
