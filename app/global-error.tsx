"use client";
import "./globals.css";

/** A failure in the root layout itself: it replaces the whole document, so it brings its own <html>. */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="zh-CN">
      <body>
        <main id="main">
          <section className="card" role="alert" aria-labelledby="global-error-title">
            <h1 id="global-error-title">系统出错了</h1>
            <p>发生了意外错误，请稍后重试；如果问题持续出现，请联系系统管理员。</p>
            <p>
              <button type="button" className="primary" onClick={reset}>
                重试
              </button>{" "}
              <a href="/">返回首页</a>
            </p>
          </section>
        </main>
      </body>
    </html>
  );
}
