"use client";
import { useState } from "react";

/**
 * 退出 asks first: it sits on the keyboard's path through the header, and
 * an Enter pressed on it by mistake would end the session (and lose the
 * editor's place). The question is on the page, not a browser dialog, so it
 * reads the same everywhere and a screen reader announces it.
 */
export function LogOutButton({ logOut }: { logOut: () => Promise<void> }) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" onClick={() => setAsking(true)}>
        退出
      </button>
    );
  }
  return (
    <form action={logOut} role="alertdialog" aria-label="确认退出" className="confirm-logout">
      <span>确定退出登录？</span>
      <button type="submit" className="primary" autoFocus>
        确定退出
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        取消
      </button>
    </form>
  );
}
