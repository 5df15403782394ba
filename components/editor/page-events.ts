/**
 * The page events autosave follows: leaving the page (pagehide, or the tab
 * hidden, which on mobile may be the last event before it is killed) and the
 * connection coming and going. Leaving while `unsaved()` says work is not on
 * the server yet asks first: the browser's own question on reload or close
 * (beforeunload), and ours on a link inside the app, which navigates without
 * unloading the page. Returns the function that stops listening.
 */
export function watchPage(on: { hidden: () => void; online: () => void; offline: () => void; unsaved: () => boolean }): () => void {
  const visibility = () => document.visibilityState === "hidden" && on.hidden();
  const beforeUnload = (e: BeforeUnloadEvent) => {
    if (!on.unsaved()) return;
    e.preventDefault();
    // Older browsers ask only when returnValue is set.
    e.returnValue = "";
  };
  const click = (e: MouseEvent) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const link = e.target instanceof Element ? e.target.closest("a[href]") : null;
    if (!(link instanceof HTMLAnchorElement) || link.target === "_blank" || link.origin !== window.location.origin) return;
    if (link.pathname === window.location.pathname || !on.unsaved()) return;
    if (window.confirm("有修改尚未保存到服务器（已暂存在本机）。确定离开本页吗？")) return;
    e.preventDefault();
    e.stopPropagation();
  };
  window.addEventListener("pagehide", on.hidden);
  window.addEventListener("beforeunload", beforeUnload);
  document.addEventListener("click", click, true);
  document.addEventListener("visibilitychange", visibility);
  window.addEventListener("online", on.online);
  window.addEventListener("offline", on.offline);
  return () => {
    window.removeEventListener("pagehide", on.hidden);
    window.removeEventListener("beforeunload", beforeUnload);
    document.removeEventListener("click", click, true);
    document.removeEventListener("visibilitychange", visibility);
    window.removeEventListener("online", on.online);
    window.removeEventListener("offline", on.offline);
  };
}
