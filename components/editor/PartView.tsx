"use client";

import { memo, type ReactNode } from "react";
import { useFormContext } from "react-hook-form";
import { FIGURE_CATALOGUE, TOPIC_KEYS, type TopicKey } from "@/lib/report/figures";
import { headingNumber } from "@/lib/report/numbering";
import { customTopicKey } from "@/lib/report/outline";
import { PART_CATALOGUE } from "@/lib/report/part-catalogue";
import { onPart, type PartMap } from "@/lib/report/part-map";
import { printedPartNumbers } from "@/lib/report/part-numbers";
import { partFilled, type Report } from "@/lib/report/schema";
import { useEditor, useSnapshot } from "./context";
import { CustomFiguresPart } from "./CustomFiguresPart";
import type { PartList } from "./part-list";
import { ClosingPart, FiguresPart, HeaderPart, PreamblePart } from "./parts";
import { ConclusionEditor, ProblemsEditor } from "./problems";
import { SectionEditor, type PartPath } from "./sections";
import { StructureView } from "./StructureView";

const isTopic = (s: string): s is TopicKey => TOPIC_KEYS.some((t) => t === s);
const CUSTOM_TOPIC = customTopicKey("");

/** The form of each kind of part: a kind without one does not compile. */
const PART_EDITORS: PartMap<ReactNode, [base: PartPath]> = {
  measures: (_, base) => <SectionEditor base={base} />,
  duty: (_, base) => <SectionEditor base={base} />,
  plans: (_, base) => <SectionEditor base={base} />,
  otherMatters: (_, base) => <SectionEditor base={base} />,
  problems: (_, base) => <ProblemsEditor base={base} />,
  conclusion: (_, base) => <ConclusionEditor base={base} />,
};

/** The entry of the outline being edited. Memoised: the editor's own state changes do not reach the fields. */
export const PartView = memo(function PartView({ partKey, parts, onSelect }: { partKey: string; parts: PartList; onSelect: (key: string) => void }) {
  const [head, rest = ""] = partKey.split(".", 2);
  if (head === "figures" && isTopic(rest)) {
    return (
      <Part title={`数据：${FIGURE_CATALOGUE[rest].label}`}>
        <FiguresPart topic={rest} />
        <TopicCustomFigures topic={rest} />
      </Part>
    );
  }
  if (partKey.startsWith(CUSTOM_TOPIC)) {
    const topic = partKey.slice(CUSTOM_TOPIC.length);
    return (
      <Part title={`数据：${topic}`}>
        <TopicCustomFigures topic={topic} />
      </Part>
    );
  }
  if (partKey.startsWith("part:")) {
    const id = partKey.slice("part:".length);
    const index = parts.entries.findIndex((e) => e.id === id);
    if (index < 0) {
      return (
        <Part title="部分已删除">
          <p className="muted">
            此部分已从报告中删除。可在
            <button type="button" className="link" onClick={() => onSelect("structure")}>
              报告结构
            </button>
            中撤销删除或添加新的部分。
          </p>
        </Part>
      );
    }
    // Keyed by the part's id: each part gets editors of its own, so rows held in
    // state for one part can never show (and then save) in another.
    return <PartEditor key={id} id={id} index={index} onSelect={onSelect} />;
  }
  switch (partKey) {
    case "header":
      return (
        <Part title="基本信息">
          <HeaderPart />
        </Part>
      );
    case "structure":
      return (
        <Part title="报告结构">
          <StructureView parts={parts} onSelect={onSelect} />
        </Part>
      );
    case "preamble":
      return (
        <Part title="导语">
          <PreamblePart />
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
        <Part title="基本信息">
          <HeaderPart />
        </Part>
      );
  }
});

function PartEditor({ id, index, onSelect }: { id: string; index: number; onSelect: (key: string) => void }) {
  const { getValues } = useFormContext<Report>();
  const part = getValues(`parts.${index}`);
  return (
    <Part title={PART_CATALOGUE[part.kind].name}>
      <p className="part-place muted">
        <PrintedAs id={id} />
        <button type="button" className="link" onClick={() => onSelect("structure")}>
          调整顺序或删除本部分
        </button>
      </p>
      {onPart(PART_EDITORS, part, `parts.${index}`)}
    </Part>
  );
}

/** The custom figures listed with a topic, with last year's values beside them. */
function TopicCustomFigures({ topic }: { topic: string }) {
  const { customFigureDefs, previousYear } = useEditor();
  return <CustomFiguresPart definitions={customFigureDefs} topic={topic} previousYear={previousYear} />;
}

/** Where the part prints, as of the last pause in typing. */
function PrintedAs({ id }: { id: string }) {
  const { parts } = useSnapshot();
  const i = parts.findIndex((p) => p.id === id);
  const part = parts[i];
  if (!part) return null;
  const n = printedPartNumbers(parts)[i] ?? null;
  if (n !== null && "heading" in part) return <>印出为“{headingNumber(1, n)}{part.heading.trim()}”（第{i + 1}部分）。</>;
  if (part.kind === "conclusion") return <>印在“特此报告。”之前，不编号（第{i + 1}部分）。</>;
  if (partFilled(part)) return <>没有标题：内容照常印出，但不编号；提交审核前请填写标题（第{i + 1}部分）。</>;
  return <>尚无内容，暂不印出（第{i + 1}部分）。</>;
}

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title}>
      <h2 className="part-title">{title}</h2>
      {children}
    </section>
  );
}
