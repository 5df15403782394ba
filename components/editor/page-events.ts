/**
 * The page events autosave follows: leaving the page (pagehide, or the tab
 * hidden, which on mobile may be the last event before it is killed) and the
 * connection coming and going. Returns the function that stops listening.
 */
export function watchPage(on: { hidden: () => void; online: () => void; offline: () => void }): () => void {
  const visibility = () => document.visibilityState === "hidden" && on.hidden();
  window.addEventListener("pagehide", on.hidden);
  document.addEventListener("visibilitychange", visibility);
  window.addEventListener("online", on.online);
  window.addEventListener("offline", on.offline);
  return () => {
    window.removeEventListener("pagehide", on.hidden);
    document.removeEventListener("visibilitychange", visibility);
    window.removeEventListener("online", on.online);
    window.removeEventListener("offline", on.offline);
  };
}
