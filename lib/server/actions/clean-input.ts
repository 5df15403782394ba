import "server-only";

/**
 * What every action's input goes through before its schema: control
 * characters out of every string, and a bound on how deeply it nests.
 *
 * Control characters are stripped rather than refused: they arrive unseen
 * (pasted from Word, which marks line breaks with \v), a draft must save
 * whatever was typed, and PostgreSQL refuses NUL in text where SQLite keeps
 * it, so stripping them in one place makes both databases store the same.
 * Line feed, carriage return (browsers send a textarea's lines as CRLF) and
 * tab are text.
 *
 * The deepest real input (a report inside the editor's save) nests 7
 * levels; anything far deeper is refused before a schema or JSON.stringify
 * recurses through it. The walk keeps its own stack, so it cannot overflow
 * the call stack itself.
 */
export const MAX_INPUT_DEPTH = 32;

// C0 controls but \t \n \r, and DEL.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export function stripControlCharacters(text: string): string {
  return text.replace(CONTROL, "");
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** The input with its strings cleaned; or null when it nests deeper than MAX_INPUT_DEPTH. Files, dates and the like pass as they are. */
export function cleanInput(raw: unknown): { value: unknown } | null {
  const clean = (value: unknown): unknown => (typeof value === "string" ? stripControlCharacters(value) : value);
  const root: { value: unknown } = { value: clean(raw) };
  // Each entry: a container already copied, and the depth it sits at.
  const stack: { container: unknown[] | Record<string, unknown>; depth: number }[] = [];
  const copy = (value: unknown, depth: number): unknown => {
    if (Array.isArray(value)) {
      const out: unknown[] = [...value];
      stack.push({ container: out, depth });
      return out;
    }
    if (isPlainObject(value)) {
      const out: Record<string, unknown> = {};
      // defineProperty: a key "__proto__" (JSON can carry one) stays a key instead of replacing the prototype.
      for (const [key, child] of Object.entries(value)) Object.defineProperty(out, stripControlCharacters(key), { value: child, enumerable: true, writable: true, configurable: true });
      stack.push({ container: out, depth });
      return out;
    }
    return clean(value);
  };
  root.value = copy(root.value, 1);
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    if (top.depth > MAX_INPUT_DEPTH) return null;
    const { container, depth } = top;
    if (Array.isArray(container)) container.forEach((child, i) => (container[i] = copy(child, depth + 1)));
    else for (const key of Object.keys(container)) container[key] = copy(container[key], depth + 1);
  }
  return root;
}
