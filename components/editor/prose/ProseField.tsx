"use client";

import { memo, useEffect, useMemo, useRef, useState, type RefObject } from "react";
import { Controller, useFormContext, useWatch, type ControllerRenderProps } from "react-hook-form";
import { EditorContent, useEditor, type Editor } from "@tiptap/react";
import { closeHistory } from "@tiptap/pm/history";
import { Fragment, Slice } from "@tiptap/pm/model";
import type { FigureId } from "@/lib/report/figures";
import { HARD_TEXT } from "@/lib/report/parts";
import type { Report } from "@/lib/report/schema";
import type { TextPath } from "../fields";
import { docToText, FIGURE_NODE, fragmentText, paragraphsContent, plainPaste, storedLength, textToDoc } from "./doc";
import { FigureValues } from "./figure-token";
import { proseExtensions } from "./extensions";
import { numberOffer, type NumberOffer } from "./number-offer";
import { NumberOfferBar } from "./NumberOfferBar";
import { afterFrame, flushField } from "./after-frame";
import { commentAt, highlightAnchors } from "./comment-highlights";
import { useCanComment, useFieldAnchors, useShowThread } from "../comments/CommentsProvider";
import { SelectionComment } from "../comments/SelectionComment";

export interface ProseFieldProps {
  name: TextPath;
  labelId: string;
  id: string;
  rows: number;
  invalid: boolean;
  describedBy: string | undefined;
  /** Receives the editor once made, for the picker and the comments beside the field. */
  onEditor?: (editor: Editor | null) => void;
}

type Field = ControllerRenderProps<Report, TextPath>;

/**
 * The form's side of a prose field: react-hook-form's Controller renders
 * this (and only this) on every change of the value, so a keystroke never
 * re-renders the editor around it. It hands the editor the field's onChange,
 * registers the editor for focusing, and loads a value set from outside
 * (a restored revision, a recovered copy, a row moved into this place).
 */
function ControllerBridge({
  field,
  editor,
  onChange,
  emitted,
  sent,
}: {
  field: Field;
  editor: Editor | null;
  onChange: RefObject<Field["onChange"]>;
  emitted: RefObject<string>;
  sent: RefObject<Set<string>>;
}) {
  onChange.current = field.onChange;
  const { ref, value } = field;
  useEffect(() => {
    // react-hook-form focuses a field through its ref (setFocus, the first invalid field).
    ref(editor ? { focus: () => editor.commands.focus() } : null);
  }, [editor, ref]);
  useEffect(() => {
    if (!editor) return;
    if (value === emitted.current) {
      sent.current.clear();
      return;
    }
    // A text this field handed over itself, rendered only after a later one was (the hand-over runs in its
    // own task, after-frame.ts): not a change from outside, and loading it would undo the keys since.
    if (sent.current.has(value)) return;
    sent.current.clear();
    emitted.current = value;
    editor.commands.setContent(textToDoc(value), { emitUpdate: false });
  }, [editor, value, emitted, sent]);
  return null;
}

/**
 * A prose field: paragraphs of plain text with figure tokens, on TipTap. The
 * form keeps owning the value (a Controller, ControllerBridge): the editor
 * converts the stored `{{id}}` text on load and writes it back on every
 * change (after the frame that shows it: after-frame.ts), and re-loads only
 * when the value changes from outside.
 */
export const ProseField = memo(function ProseField({ name, labelId, id, rows, invalid, describedBy, onEditor }: ProseFieldProps) {
  const { control, getValues } = useFormContext<Report>();
  const figures = useWatch({ control, name: "figures" });
  const [values] = useState(() => new FigureValues());
  values.set(figures);
  const [initial] = useState(() => getValues(name));
  const emitted = useRef(initial);
  const sent = useRef(new Set<string>());
  const onChange = useRef<Field["onChange"]>(() => undefined);
  const [extensions] = useState(() => proseExtensions(values));
  const figuresRef = useRef(figures);
  figuresRef.current = figures;
  const [offer, setOffer] = useState<(NumberOffer & { end: number }) | null>(null);
  const offerKey = useRef("");
  const [selecting, setSelecting] = useState(false);
  const canComment = useCanComment();
  const anchors = useFieldAnchors(name);
  const showThread = useRef(useShowThread());

  const editor = useEditor({
    extensions,
    content: textToDoc(initial),
    // Made during the first render in the browser, so a part's text is on screen as soon as the part is; on the
    // server there is no editor (EditorContent renders the same empty element either way, so hydration matches).
    immediatelyRender: typeof window !== "undefined",
    shouldRerenderOnTransaction: false,
    injectCSS: false,
    // Nothing listens for TipTap's "delete" events, which it works out in a timer after every transaction.
    enableCoreExtensions: { delete: false },
    editorProps: {
      // Re-applied by TipTap on each render of this component (not on keystrokes): the name follows the row when a
      // list is reordered (rows are keyed by id, their paths change), and the flags' state follows the review.
      attributes: {
        id,
        name,
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": labelId,
        class: "prose-input",
        // The browser's spellchecker knows no Chinese; it only marked pinyin and figure ids, re-checking in idle time after each key.
        spellcheck: "false",
        style: `min-height: ${rows * 1.6 + 0.8}rem`,
        ...(invalid ? { "aria-invalid": "true" } : {}),
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
      },
      // A click on words that carry a 批注 shows its thread; the click still places the cursor (not handled here).
      handleClick: (view, pos) => {
        const comment = commentAt(view.state, pos);
        if (comment) showThread.current(comment);
        return false;
      },
      clipboardTextSerializer: (slice) => fragmentText(slice.content),
      handlePaste: (view, event) => {
        const raw = event.clipboardData?.getData("text/plain") ?? "";
        if (raw === "") return false;
        const room = HARD_TEXT - storedLength(view.state.doc);
        const text = plainPaste(raw).slice(0, Math.max(0, room));
        const paragraphs = paragraphsContent(text).map((p) => view.state.schema.nodeFromJSON(p));
        // A paste is one step of its own for Ctrl+Z, never folded into the typing just before it
        // (which the history groups when it comes within half a second): undo takes back the paste alone.
        view.dispatch(closeHistory(view.state.tr.replaceSelection(new Slice(Fragment.fromArray(paragraphs), 1, 1)).scrollIntoView()));
        return true;
      },
    },
    onUpdate: ({ editor: e }) =>
      afterFrame(emitted, () => {
        const text = docToText(e.state.doc);
        emitted.current = text;
        sent.current.add(text);
        onChange.current(text);
      }),
    onSelectionUpdate: ({ editor: e }) => {
      const { $head, empty } = e.state.selection;
      setSelecting(!empty);
      const before = empty ? $head.parent.textBetween(0, $head.parentOffset, undefined, "\ufffc") : "";
      const next = /[0-9０-９]$/.test(before) ? numberOffer(before, figuresRef.current) : null;
      const key = next ? `${$head.pos}:${next.typed}:${next.figures.join()}` : "";
      if (key !== offerKey.current) {
        offerKey.current = key;
        setOffer(next && { ...next, end: $head.pos });
      }
    },
  });

  useEffect(() => onEditor?.(editor), [editor, onEditor]);
  // A field leaving the page (another part shown, a row removed) hands over what was typed last.
  useEffect(() => () => flushField(emitted), []);

  useEffect(() => {
    if (editor) highlightAnchors(editor, anchors);
  }, [editor, anchors]);

  const bind = useMemo(
    () => (figure: FigureId) => {
      if (!editor || !offer) return;
      const from = offer.end - offer.typed.length;
      editor.commands.insertContentAt({ from, to: offer.end }, { type: FIGURE_NODE, attrs: { id: figure } });
      editor.view.focus();
    },
    [editor, offer],
  );

  return (
    <>
      <EditorContent editor={editor} className="prose-field" />
      <Controller control={control} name={name} render={({ field }) => <ControllerBridge field={field} editor={editor} onChange={onChange} emitted={emitted} sent={sent} />} />
      {editor && canComment && <SelectionComment editor={editor} name={name} selecting={selecting} />}
      {offer && <NumberOfferBar offer={offer} figures={figures} onBind={bind} onDismiss={() => setOffer(null)} />}
    </>
  );
});
