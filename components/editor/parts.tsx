"use client";

import { memo, useMemo } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { checkFigures } from "@/lib/report/checks";
import { FIGURE_CATALOGUE, FIGURE_ENTRIES, type TopicKey } from "@/lib/report/figures";
import type { Report } from "@/lib/report/schema";
import { FigureInput, LineField, TextArea } from "./fields";

/** 基本信息: the data of the document's head and foot. The year belongs to the report record and is not edited here. */
export const HeaderPart = memo(function HeaderPart() {
  const { control } = useFormContext<Report>();
  const year = useWatch({ control, name: "header.year" });
  return (
    <>
      <p className="muted">年度：{year ?? "—"}年度（由报告记录确定）</p>
      <div className="grid-2">
        <LineField name="header.organizationName" label="单位全称" />
        <LineField name="header.organizationShortName" label="单位简称" />
      </div>
      <TextArea name="header.title" label="报告标题（换行即标题的分行）" rows={2} figures={false} />
      <div className="grid-2">
        <LineField name="header.addressee" label="主送机关" />
        <LineField name="header.documentNumber" label="文号" placeholder="如 洛政〔2022〕5号" />
        <LineField name="header.signatory" label="署名（发文机关）" />
        <LineField name="header.date" label="成文日期" type="date" />
      </div>
      <h3>公开信息</h3>
      <div className="grid-3">
        <LineField name="header.publication.indexNumber" label="索引号" />
        <LineField name="header.publication.disclosure" label="公开方式" />
        <LineField name="header.publication.publishedOn" label="发布日期" type="date" />
      </div>
      <h3>版记（可选）</h3>
      <div className="grid-3">
        <LineField name="header.distribution.copyTo" label="抄送" />
        <LineField name="header.distribution.issuer" label="印发机关" />
        <LineField name="header.distribution.issuedOn" label="印发日期" type="date" />
      </div>
    </>
  );
});

/** One topic's figures; the cross-checks run on every change of a figure and show on each field concerned. */
export const FiguresPart = memo(function FiguresPart({ topic }: { topic: TopicKey }) {
  const { control } = useFormContext<Report>();
  const figures = useWatch({ control, name: "figures" });
  const crossChecks = useMemo(() => {
    const byPath = new Map<string, string[]>();
    for (const issue of checkFigures(figures)) byPath.set(issue.path, [...(byPath.get(issue.path) ?? []), issue.message]);
    return byPath;
  }, [figures]);
  return (
    <>
      <p className="muted">
        {FIGURE_CATALOGUE[topic].label}的数据。没有开展的工作留空即可；正文中的数据引用会显示这里填写的数值。可填写全角数字或带千位分隔符的数字（如 50,846）。
      </p>
      <div className="figures">
        {FIGURE_ENTRIES.filter((e) => e.topic === topic).map((entry) => (
          <FigureInput key={entry.id} entry={entry} crossCheck={crossChecks.get(`figures.${entry.id}`)?.join("；")} />
        ))}
      </div>
    </>
  );
});

/** 特此报告。 and the attachment list (附件说明). */
export const ClosingPart = memo(function ClosingPart() {
  const { control, register, setValue, getValues } = useFormContext<Report>();
  const attachments = useWatch({ control, name: "attachments" });
  return (
    <>
      <LineField name="closing" label="结束语" />
      <h3>附件（可选）</h3>
      {/* Attachment names are plain strings without ids, so rows are keyed by position; each is one short line. */}
      {attachments.map((_, i) => (
        <div key={i} className="attachment">
          <label>
            附件{i + 1}
            <input {...register(`attachments.${i}`)} />
          </label>
          <button
            type="button"
            className="small danger"
            aria-label={`删除附件${i + 1}`}
            onClick={() => setValue("attachments", getValues("attachments").filter((__, j) => j !== i), { shouldDirty: true })}
          >
            删除
          </button>
        </div>
      ))}
      <button type="button" data-path="attachments" onClick={() => setValue("attachments", [...getValues("attachments"), ""], { shouldDirty: true })}>
        添加附件
      </button>
    </>
  );
});

export const PreamblePart = memo(function PreamblePart() {
  return <TextArea name="preamble" label="导语（以“现将……报告如下：”结尾）" rows={8} />;
});
