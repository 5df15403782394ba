import { Extension } from "@tiptap/core";
import Document from "@tiptap/extension-document";
import Paragraph from "@tiptap/extension-paragraph";
import Text from "@tiptap/extension-text";
import { UndoRedo } from "@tiptap/extensions";
import { Plugin } from "@tiptap/pm/state";
import { HARD_TEXT } from "@/lib/report/parts";
import { storedLength } from "./doc";
import { CommentHighlights } from "./comment-highlights";
import { FigureToken, type FigureValues } from "./figure-token";

/**
 * The server's hard limit on a text, as a textarea's maxLength was: a change
 * that would make the stored form longer is not applied (pasting is cut to
 * fit before it gets here), so typing can never reach a size the draft refuses.
 */
const HardLimit = Extension.create({
  name: "hardLimit",
  addProseMirrorPlugins() {
    return [new Plugin({ filterTransaction: (tr) => !tr.docChanged || storedLength(tr.doc) <= HARD_TEXT })];
  },
});

/**
 * Plain paragraphs, text and figure tokens: the document format has no bold
 * or italic in the body, so the editor offers none (no marks in the schema,
 * so none can be pasted either).
 */
export function proseExtensions(values: FigureValues) {
  return [Document, Paragraph, Text, UndoRedo, HardLimit, FigureToken.configure({ values }), CommentHighlights];
}
