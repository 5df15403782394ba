"use client";

import { memo } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { FIGURE_CATALOGUE, FIGURE_ENTRIES, type TopicKey } from "@/lib/report/figures";
import { MAX_LINE } from "@/lib/report/parts";
import type { Report } from "@/lib/report/schema";
import { DISCLOSURES } from "@/lib/publication/disclosure";
import { DateField, LineField, SelectField, TextArea } from "./fields";
import { FigureInput } from "./figure-input";

/** The limits the final header schema sets on its short codes (parts.ts headerSchema). */
const CODE_LIMIT = 50;
const SIGNER_LIMIT = 20;

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
      <TextArea name="header.title" label="报告标题（换行即标题的分行）" rows={2} figures={false} limit={MAX_LINE} />
      <div className="grid-2">
        <LineField name="header.addressee" label="主送机关" />
        <LineField name="header.documentNumber" label="文号" placeholder="如 洛政〔2022〕5号" limit={CODE_LIMIT} />
        <LineField name="header.signatory" label="署名（发文机关）" />
        <LineField name="header.signer" label="签发人（只印在报送版）" placeholder="如 张三" limit={SIGNER_LIMIT} />
        <DateField name="header.date" label="成文日期" />
      </div>
      <h3>公开信息</h3>
      <div className="grid-3">
        <LineField name="header.publication.indexNumber" label="索引号" limit={CODE_LIMIT} />
        <SelectField name="header.publication.disclosure" label="公开方式" options={DISCLOSURES} />
        <DateField name="header.publication.publishedOn" label="发布日期" />
      </div>
      <h3>版记（可选）</h3>
      <div className="grid-3">
        <LineField name="header.distribution.copyTo" label="抄送" />
        <LineField name="header.distribution.issuer" label="印发机关" />
        <DateField name="header.distribution.issuedOn" label="印发日期" />
      </div>
    </>
  );
});

/** One topic's figures; each field shows its own flags and the cross-checks that concern it. */
export const FiguresPart = memo(function FiguresPart({ topic }: { topic: TopicKey }) {
  return (
    <>
      <p className="muted">
        {FIGURE_CATALOGUE[topic].label}的数据。没有开展的工作留空即可；正文中的数据引用会显示这里填写的数值。可填写确切数字（全角数字、50,846 均可），也可照报告原文填写约数，如 500余、20多、近千、约30、1.2万，印出时与填写的一致。
      </p>
      <div className="figures">
        {FIGURE_ENTRIES.filter((e) => e.topic === topic).map((entry) => (
          <FigureInput key={entry.id} entry={entry} />
        ))}
      </div>
    </>
  );
});

/** 特此报告。 and the attachment list (附件说明). */
export const ClosingPart = memo(function ClosingPart() {
  const { control, setValue, getValues } = useFormContext<Report>();
  const attachments = useWatch({ control, name: "attachments" });
  return (
    <>
      <LineField name="closing" label="结束语" />
      <h3>附件（可选）</h3>
      {/* Attachment names are plain strings without ids, so rows are keyed by position; each is one short line. */}
      {attachments.map((_, i) => (
        <div key={i} className="attachment">
          <LineField name={`attachments.${i}`} label={`附件${i + 1}`} />
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
