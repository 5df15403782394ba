import { FormField } from "@/components/forms/FormField";

interface Option {
  value: string;
  label: string;
}

function Select({ name, label, options, value, error }: { name: string; label: string; options: Option[]; value: string | undefined; error?: string }) {
  const id = `filter-${name}`;
  return (
    <div className={`field${error ? " invalid" : ""}`}>
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value ?? ""} aria-invalid={error ? true : undefined}>
        <option value="">全部</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error && <p className="error">{error}</p>}
    </div>
  );
}

/**
 * The audit log's filters: a plain GET form, so a filtered view is an
 * address one can bookmark or send, and the CSV export takes the same one.
 * Dates are typed (2021-02-24 or 2021年2月24日), not picked from a widget
 * that follows the browser's language.
 */
export function AuditFilters({
  values,
  errors,
  people,
  organizations,
  actions,
}: {
  values: Record<string, string | undefined>;
  errors: Record<string, string>;
  people: Option[];
  organizations: Option[];
  actions: Option[];
}) {
  return (
    <form method="get" action="/admin/audit" aria-label="筛选审计日志" className="card">
      <div className="filters">
        <Select name="person" label="人员" options={people} value={values.person} error={errors.person} />
        <Select name="organization" label="单位" options={organizations} value={values.organization} error={errors.organization} />
        <Select name="action" label="操作" options={actions} value={values.action} error={errors.action} />
        <FormField name="from" label="开始日期" placeholder="2021-02-24" inputMode="numeric" defaultValue={values.from} error={errors.from} />
        <FormField name="to" label="结束日期" placeholder="2021-02-24" inputMode="numeric" defaultValue={values.to} error={errors.to} />
      </div>
      <p className="muted">日期格式：2021-02-24 或 2021年2月24日，按系统时区（默认北京时间）计，含起止当日。</p>
      <button type="submit" className="primary">
        筛选
      </button>{" "}
      <a href="/admin/audit">清除筛选</a>
    </form>
  );
}
