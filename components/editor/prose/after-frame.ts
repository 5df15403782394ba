/**
 * A prose field hands its text to the form after the frame that shows the
 * keystroke, not before it: converting the document to its stored `{{id}}`
 * text and the form's update are then no part of the frame the typing
 * waits for (bench/editor.ts, keystroke → next frame). Whatever reads the
 * form's values for keeps (the saver: its getValues) calls flushProse()
 * first, so no keystroke is ever left out of a save.
 */
const pending = new Map<object, () => void>();

function run(field: object): void {
  const emit = pending.get(field);
  if (!emit) return;
  pending.delete(field);
  emit();
}

/** Schedules `emit` for `field` after the next frame; a later call before then replaces it. */
export function afterFrame(field: object, emit: () => void): void {
  const scheduled = pending.has(field);
  pending.set(field, emit);
  if (!scheduled) requestAnimationFrame(() => setTimeout(() => run(field), 0));
}

/** Runs `field`'s pending hand-over now (a field leaving the page). */
export const flushField = run;

/** Runs every field's pending hand-over now. */
export function flushProse(): void {
  for (const field of [...pending.keys()]) run(field);
}
