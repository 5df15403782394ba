"use client";

import { useEffect, useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useForm, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { normalizeNumber } from "@/lib/report/number-input";
import { createReportInput, type CreateReportInput, type CreateReportResult } from "@/lib/server/reports/create-report.schema";
import "./new-report.css";

const resolver: Resolver<CreateReportInput> = zodResolver(createReportInput);

/** 新建年度报告 for one organization: a year, checked by the same schema as the action; then straight into the editor. */
export function NewReportForm({
  organizationId,
  organizationName,
  defaultYear,
  create,
}: {
  organizationId: string;
  organizationName: string;
  defaultYear: number;
  create: (input: CreateReportInput) => Promise<CreateReportResult>;
}) {
  const router = useRouter();
  const [existing, setExisting] = useState<string | null>(null);
  // Until React has hydrated the form, a click would submit it natively and reload the page, losing the year typed.
  const [interactive, setInteractive] = useState(false);
  useEffect(() => setInteractive(true), []);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<CreateReportInput>({ resolver, defaultValues: { organizationId, year: defaultYear } });

  const onSubmit = handleSubmit(async (values) => {
    setExisting(null);
    let result: CreateReportResult;
    try {
      result = await create(values);
    } catch {
      setError("year", { message: "无法连接服务器，请稍后再试" });
      return;
    }
    if (result.ok) router.push(`/reports/${result.reportId}/edit`);
    else if (result.status === "exists") {
      setExisting(result.reportId);
      setError("year", { message: result.message });
    } else if (result.issues?.length) {
      for (const issue of result.issues) setError(issue.path === "organizationId" ? "organizationId" : "year", { message: issue.message });
    } else setError("year", { message: result.message });
  });

  const yearId = `new-year-${organizationId}`;
  return (
    <form className="new-report" onSubmit={onSubmit} aria-label={`${organizationName}新建年度报告`} noValidate>
      <input type="hidden" {...register("organizationId")} />
      <label htmlFor={yearId}>新建年度报告：年度</label>
      <input
        id={yearId}
        inputMode="numeric"
        className="year"
        aria-invalid={errors.year ? true : undefined}
        {...register("year", {
          // Full-width digits from a Chinese input method are read as the year they spell; anything else fails the schema's number check.
          setValueAs: (v: unknown) => {
            if (typeof v === "number") return v;
            const read = normalizeNumber(String(v ?? ""));
            return read.ok && read.value !== null ? read.value : Number.NaN;
          },
        })}
      />
      <button type="submit" className="primary" disabled={!interactive || isSubmitting}>
        {isSubmitting ? "正在创建…" : "新建年度报告"}
      </button>
      {errors.year?.message && (
        <p className="error" role="alert">
          {errors.year.message}
          {existing && (
            <>
              {" "}
              <Link href={`/reports/${existing}/edit`}>打开编辑</Link>
            </>
          )}
        </p>
      )}
      {errors.organizationId?.message && <p className="error">{errors.organizationId.message}</p>}
    </form>
  );
}
