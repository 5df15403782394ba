/**
 * Reading a report by form-style paths ("measures.2.items.7.body"), the
 * addresses issues, outline parts and conflict comparisons share. These work
 * on plain JSON-like data, so they also accept form values that the schema
 * would refuse (a text over the limit, NaN in a number field).
 */

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function child(value: unknown, key: string): unknown {
  if (Array.isArray(value)) return /^\d+$/.test(key) ? value[Number(key)] : undefined;
  return isRecord(value) ? value[key] : undefined;
}

export function valueAt(root: unknown, path: string): unknown {
  if (path === "") return root;
  return path.split(".").reduce<unknown>((v, key) => child(v, key), root);
}

/** Row ids and bookkeeping are not content: a new row is not "filled in" just because it has an id. */
const NOT_CONTENT = new Set(["id", "carriedOver"]);

export interface Leaf {
  path: string;
  value: string | number | boolean | null;
}

/** Every scalar under `root`, with its path; ids and carriedOver left out. */
export function leaves(root: unknown, base = ""): Leaf[] {
  const out: Leaf[] = [];
  const walk = (v: unknown, path: string) => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, path ? `${path}.${i}` : String(i)));
    else if (isRecord(v)) {
      for (const [k, x] of Object.entries(v)) if (!NOT_CONTENT.has(k)) walk(x, path ? `${path}.${k}` : k);
    } else if (typeof v === "string" || typeof v === "number" || typeof v === "boolean" || v === null) {
      out.push({ path, value: v });
    }
  };
  walk(valueAt(root, base), base);
  return out;
}

/** Whether a value holds anything a drafter wrote: blank text, null and empty lists do not count. */
export function isFilled(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === "string") return value.trim() !== "";
  if (Array.isArray(value)) return value.length > 0;
  if (isRecord(value)) return leaves(value).some((l) => isFilled(l.value));
  return true;
}

/** Whether `path` is `prefix` or lies under it: "measures.1" covers "measures.1.items.0.body" but not "measures.10". */
export function isUnder(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}.`);
}

/** Replaces the value at an existing path; paths that do not exist are left alone. */
export function setAt(root: unknown, path: string, value: unknown): void {
  const i = path.lastIndexOf(".");
  const container = i < 0 ? root : valueAt(root, path.slice(0, i));
  const key = i < 0 ? path : path.slice(i + 1);
  if (Array.isArray(container) && /^\d+$/.test(key) && Number(key) < container.length) container[Number(key)] = value;
  else if (isRecord(container) && key in container) container[key] = value;
}
