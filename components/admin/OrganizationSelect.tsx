export interface Option {
  id: string;
  name: string;
}

/** An organization chosen from those the administrator manages, with its error; `id` keeps ids unique on the page. */
export function OrganizationSelect({ id, name, label, organizations, value, error }: { id: string; name: string; label: string; organizations: Option[]; value: string | undefined; error: string | undefined }) {
  return (
    <div className={`field${error ? " invalid" : ""}`}>
      <label htmlFor={id}>{label}</label>
      {/* Keyed by the value sent back, so a refused form shows what was chosen. */}
      <select id={id} name={name} defaultValue={value ?? ""} key={value}>
        <option value="">请选择</option>
        {organizations.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
      {error && <p className="error">{error}</p>}
    </div>
  );
}
