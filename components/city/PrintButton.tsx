"use client";

/** Opens the browser's print dialog for the page as it stands. */
export function PrintButton({ label = "打印" }: { label?: string }) {
  return (
    <button type="button" className="no-print" onClick={() => window.print()}>
      {label}
    </button>
  );
}
