"use client";

import { memo, type ReactNode } from "react";
import { useFormContext } from "react-hook-form";
import { FIGURE_CATALOGUE, TOPIC_KEYS, type TopicKey } from "@/lib/report/figures";
import type { Report, Section } from "@/lib/report/schema";
import { ClosingPart, FiguresPart, HeaderPart, PreamblePart } from "./parts";
import { useUndoRemove } from "./rows";
import { ProblemsEditor, SectionEditor } from "./sections";
import type { Measures } from "./ReportEditor";

const PART_TITLES: Record<string, string> = {
  header: "基本信息",
  preamble: "导语",
  duty: "党政主要负责人履行推进法治建设第一责任人职责情况",
  problems: "存在的问题及原因",
  plans: "下一年度工作打算",
  otherMatters: "其他需要报告的情况（可选）",
  closing: "结束语与附件",
  measures: "主要举措和成效",
};

const isTopic = (s: string): s is TopicKey => TOPIC_KEYS.some((t) => t === s);

/** The part of the outline being edited. Memoised: the editor's own state changes do not reach the fields. */
export const PartView = memo(function PartView({ partKey, measures, onActive }: { partKey: string; measures: Measures; onActive: (key: string) => void }) {
  const { getValues } = useFormContext<Report>();
  const { remember, undo } = useUndoRemove<Section>((index, value) => {
    measures.insert(index, value);
    onActive(`measures.${index}`);
  });
  const [head, rest = ""] = partKey.split(".", 2);
  if (head === "figures" && isTopic(rest)) {
    return (
      <Part title={`数据：${FIGURE_CATALOGUE[rest].label}`}>
        <FiguresPart topic={rest} />
      </Part>
    );
  }
  if (head === "measures" && /^\d+$/.test(rest)) {
    const i = Number(rest);
    const field = measures.fields[i];
    const count = measures.fields.length;
    if (!field) return <Part title={PART_TITLES.measures ?? ""}>{undo}</Part>;
    const move = (to: number) => {
      measures.move(i, to);
      onActive(`measures.${to}`);
    };
    return (
      <Part title={`主要举措和成效：第${i + 1}部分`}>
        <div className="part-controls">
          <button type="button" className="small" disabled={i === 0} onClick={() => move(i - 1)}>
            本部分上移
          </button>
          <button type="button" className="small" disabled={i === count - 1} onClick={() => move(i + 1)}>
            本部分下移
          </button>
          <button
            type="button"
            className="small danger"
            onClick={() => {
              remember(i, getValues(`measures.${i}`), `第${i + 1}部分`);
              measures.remove(i);
              onActive(count > 1 ? `measures.${Math.max(0, i - 1)}` : "measures");
            }}
          >
            删除本部分
          </button>
        </div>
        {undo}
        <SectionEditor key={field.id} base={`measures.${i}`} />
      </Part>
    );
  }
  switch (partKey) {
    case "header":
      return (
        <Part title="基本信息">
          <HeaderPart />
        </Part>
      );
    case "preamble":
      return (
        <Part title="导语">
          <PreamblePart />
        </Part>
      );
    case "duty":
    case "plans":
    case "otherMatters":
      return (
        <Part title={PART_TITLES[partKey] ?? ""}>
          <SectionEditor base={partKey} />
        </Part>
      );
    case "problems":
      return (
        <Part title={PART_TITLES.problems ?? ""}>
          <ProblemsEditor />
        </Part>
      );
    case "closing":
      return (
        <Part title="结束语与附件">
          <ClosingPart />
        </Part>
      );
    default:
      return (
        <Part title={PART_TITLES.measures ?? ""}>
          {undo}
          <p className="muted">还没有工作举措部分。请在左侧大纲中添加。</p>
        </Part>
      );
  }
});

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title}>
      <h2 className="part-title">{title}</h2>
      {children}
    </section>
  );
}
