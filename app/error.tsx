"use client";

/** An unexpected failure inside a page: said in Chinese, with a way to try again; the details stay in the server's log. */
export default function PageError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section className="card" role="alert" aria-labelledby="error-title">
      <h1 id="error-title">页面出错了</h1>
      <p>处理您的请求时发生了意外错误，已输入的内容不受影响。请稍后重试；如果问题持续出现，请联系系统管理员。</p>
      <p>
        <button type="button" className="primary" onClick={reset}>
          重试
        </button>{" "}
        <a href="/">返回首页</a>
      </p>
    </section>
  );
}
