import type { InputHTMLAttributes } from "react";
import type { ActionResult } from "@/lib/server/actions/action.schema";

/** A labelled input with its Chinese error underneath, marked for screen readers. */
export function FormField({ label, error, name, ...input }: { label: string; error?: string; name: string } & InputHTMLAttributes<HTMLInputElement>) {
  const id = `field-${name}`;
  return (
    <div className={`field${error ? " invalid" : ""}`}>
      <label htmlFor={id}>{label}</label>
      <input id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} {...input} />
      {error && (
        <p id={`${id}-error`} className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** Issues keyed by field path, as every server result carries them. */
export function errorsByPath(issues: readonly { path: string; message: string }[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues ?? []) out[issue.path] ??= issue.message;
  return out;
}

/**
 * What a form shows once its action has answered: each issue on its field,
 * what was typed (React has emptied the form), and the message when no
 * field carries it.
 */
export function answerShown(state: ActionResult<object> | null): { errors: Record<string, string>; values: Record<string, string>; message?: string } {
  if (!state || state.ok) return { errors: {}, values: {} };
  return { errors: errorsByPath(state.issues), values: state.values ?? {}, ...(state.issues?.length ? {} : { message: state.message }) };
}
