import { Extension } from "@tiptap/core";
import type { Editor } from "@tiptap/core";
import { Plugin, PluginKey, type EditorState } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { locateAnchor, type TextAnchor } from "@/lib/report/comment-anchor";
import { docToText, storedToPos } from "./doc";

const KEY = new PluginKey<DecorationSet>("commentHighlights");

/**
 * The words a 批注 is on, highlighted as decorations (not marks: nothing of
 * a comment enters the stored text). Set from the comments' anchors, then
 * mapped through every edit, so typing before or inside them moves them.
 */
export const CommentHighlights = Extension.create({
  name: "commentHighlights",
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: KEY,
        state: {
          init: () => DecorationSet.empty,
          apply: (tr, set) => {
            const next: unknown = tr.getMeta(KEY);
            return next instanceof DecorationSet ? next : set.map(tr.mapping, tr.doc);
          },
        },
        props: { decorations: (state) => KEY.getState(state) },
      }),
    ];
  },
});

/** Finds each anchor in the field's current text and highlights it; one not found is left to the thread list (已失去定位). */
export function highlightAnchors(editor: Editor, anchors: readonly (TextAnchor & { id: string })[]): void {
  const { doc } = editor.state;
  const text = docToText(doc);
  const decorations = anchors.flatMap((a) => {
    const at = locateAnchor(text, a);
    if (!at) return [];
    return [Decoration.inline(storedToPos(doc, at.start), storedToPos(doc, at.end), { class: "comment-mark", "data-comment": a.id }, { comment: a.id })];
  });
  editor.view.dispatch(editor.state.tr.setMeta(KEY, DecorationSet.create(doc, decorations)).setMeta("addToHistory", false));
}

/**
 * The 批注 whose highlighted words hold a position (the innermost, when they
 * overlap). Read from the decorations, not the clicked element: the page may
 * move between mouse down and up (a selection's 批注 button going away).
 */
export function commentAt(state: EditorState, pos: number): string | null {
  const found = KEY.getState(state)?.find(pos, pos, (spec) => typeof spec.comment === "string") ?? [];
  const inner = found.sort((a, b) => a.to - a.from - (b.to - b.from))[0];
  const id: unknown = inner?.spec.comment;
  return typeof id === "string" ? id : null;
}
