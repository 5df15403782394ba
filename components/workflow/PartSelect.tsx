/** Which part of the report a comment concerns; "" is the whole report. Submitted as `path`. */
export function PartSelect({ id, label, parts }: { id: string; label: string; parts: { path: string; label: string }[] }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name="path" defaultValue="">
        <option value="">整篇报告</option>
        {parts.map((p) => (
          <option key={p.path} value={p.path}>
            {p.label}
          </option>
        ))}
      </select>
    </div>
  );
}
