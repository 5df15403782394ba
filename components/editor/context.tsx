"use client";

import { createContext, startTransition, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from "react";
import { useFormContext } from "react-hook-form";
import type { CustomFigureDef } from "@/lib/report/custom-figures";
import type { ReviewInputs } from "@/lib/report/review-checks";
import type { FigureValue } from "@/lib/report/figure-value";
import type { Report } from "@/lib/report/schema";
import type { Figures } from "@/lib/report/figures";
import type { Saver, SaverState } from "./saver";

/**
 * What the parts around the form share without re-rendering it: the saver's
 * state, a way to go to a field, and a snapshot of the values that follows
 * typing with a short delay (outline, counts, summary and preview read it,
 * so none of them runs on every keystroke).
 */
interface EditorContextValue {
  saver: Saver;
  reportId: string;
  /** Shows the part holding `path` and focuses the field. */
  goTo: (path: string) => void;
  /** Last year's figures of the same organization, shown beside each input (去年: 77). */
  previousYear: PreviousYear | null;
  /** The custom figures the organizations above (or this one) ask of the report: listed with their topic, checked like the catalogue's. */
  customFigureDefs: readonly CustomFigureDef[];
  /** What the review checks compare the report with (last year's, the sibling units' it may read, the parent's checklist and deadlines). */
  reviewInputs: ReviewInputs | null;
}

export interface PreviousYear {
  year: number;
  figures: Figures;
  customFigures: Readonly<Record<string, FigureValue | null>>;
}

const EditorContext = createContext<EditorContextValue | null>(null);
const SnapshotContext = createContext<Report | null>(null);

export function EditorProvider({ value, children }: { value: EditorContextValue; children: ReactNode }) {
  return <EditorContext.Provider value={value}>{children}</EditorContext.Provider>;
}

export function useEditor(): EditorContextValue {
  const value = useContext(EditorContext);
  if (!value) throw new Error("useEditor outside the report editor");
  return value;
}

export function useSaverState(): SaverState {
  const { saver } = useEditor();
  return useSyncExternalStore(saver.subscribe, saver.getState, saver.getState);
}

const SNAPSHOT_DELAY = 250;

export function SnapshotProvider({ children }: { children: ReactNode }) {
  const { subscribe, getValues } = useFormContext<Report>();
  const [snapshot, setSnapshot] = useState<Report>(() => structuredClone(getValues()));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = subscribe({
      formState: { values: true },
      callback: () => {
        clearTimeout(timer);
        // A transition: everything that follows the snapshot (review, outline, insights, comments' places) renders
        // in slices that give way to the next keystroke, instead of one block the key would wait for.
        timer = setTimeout(() => startTransition(() => setSnapshot(structuredClone(getValues()))), SNAPSHOT_DELAY);
      },
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [subscribe, getValues]);
  return <SnapshotContext.Provider value={snapshot}>{children}</SnapshotContext.Provider>;
}

/** The form's values as of the last pause in typing. */
export function useSnapshot(): Report {
  const value = useContext(SnapshotContext);
  if (!value) throw new Error("useSnapshot outside the report editor");
  return value;
}
