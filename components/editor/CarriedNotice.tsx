"use client";

import { useFormContext, useWatch } from "react-hook-form";
import { outlineParts, partForPath } from "@/lib/report/outline";
import type { Report } from "@/lib/report/schema";
import { useEditor } from "./context";

/**
 * A part whose texts were carried over from last year stays 沿用上年 in the
 * outline until each text is edited or a person confirms that last year's
 * words still hold: 确认沿用 clears the part's marks (and autosaves, as any
 * change of the form does).
 */
export function CarriedNotice({ partKey }: { partKey: string }) {
  const { control, getValues, setValue } = useFormContext<Report>();
  const { customFigureDefs } = useEditor();
  const carried = useWatch({ control, name: "carriedOver" });
  const parts = outlineParts(getValues(), customFigureDefs);
  const here = carried.filter((path) => partForPath(parts, path)?.key === partKey);
  if (here.length === 0) return null;
  const confirm = () =>
    setValue(
      "carriedOver",
      getValues("carriedOver").filter((path) => !here.includes(path)),
      { shouldDirty: true },
    );
  return (
    <aside className="notice carried-notice" aria-label="沿用上年内容">
      本部分有 {here.length} 段文字沿用上年，尚未修改。请逐段核对；内容仍然适用的，可
      <button type="button" className="small" onClick={confirm}>
        确认沿用
      </button>
    </aside>
  );
}
