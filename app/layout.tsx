import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { UserMenu } from "@/components/UserMenu";
import { currentActor } from "@/lib/server/auth/current-actor";
import { HeaderCounts } from "@/components/notices/HeaderCounts";
import { headerCounts } from "@/lib/server/notices/list-todo";
import { db } from "@/lib/server/db";
import { logOutAction } from "./login/actions";
import "./globals.css";
import { timeZone } from "@/lib/time/zone";

export const metadata: Metadata = {
  title: "法治年报",
  description: "法治政府建设年度报告的撰写、校验、排版与对比",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const actor = await currentActor();
  return (
    // The zone the browser formats times in (lib/time/zone.ts), so client components match the server.
    <html lang="zh-CN" data-time-zone={timeZone()}>
      <body>
        <a href="#main" className="skip-link">
          跳到主要内容
        </a>
        <header className="site-header">
          <Link href="/" className="brand">
            法治年报
          </Link>
          <nav>
            <Link href="/">报告</Link>
            <Link href="/search">搜索</Link>
            {actor?.role === "admin" && <Link href="/fonts">字体</Link>}
          </nav>
          {actor && <HeaderCounts {...await headerCounts(db(), actor)} />}
          <UserMenu actor={actor} logOut={logOutAction} />
        </header>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
      </body>
    </html>
  );
}
