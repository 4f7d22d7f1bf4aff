// The report's figures as the photo panel lists them, and the edits the panel makes to them — all as
// editor transactions, so undo covers what the panel does too.
import type { Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { figureNodeType } from '../../../common/document/figure';
import { captionContent } from '../extensions/figure';

export interface FigureEntry {
  pos: number;
  photoId: number | null;
  caption: string;
  credit: string;
}

export function listFigures(doc: PMNode): FigureEntry[] {
  const figures: FigureEntry[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name !== figureNodeType) return true;
    figures.push({
      pos,
      photoId: (node.attrs.photoId as number | null) ?? null,
      caption: node.textBetween(0, node.content.size, '\n', '\n'),
      credit: (node.attrs.credit as string) ?? '',
    });
    return false;
  });
  return figures;
}

export function setFigureCaption(editor: Editor, pos: number, caption: string): void {
  const node = editor.state.doc.nodeAt(pos);
  if (node?.type.name !== figureNodeType) return;
  const inline = captionContent(caption.normalize('NFC')).map((item) => editor.schema.nodeFromJSON(item));
  editor.view.dispatch(editor.state.tr.replaceWith(pos + 1, pos + 1 + node.content.size, inline));
}

export function setFigureCredit(editor: Editor, pos: number, credit: string): void {
  const node = editor.state.doc.nodeAt(pos);
  if (node?.type.name !== figureNodeType) return;
  editor.view.dispatch(editor.state.tr.setNodeMarkup(pos, undefined, { ...node.attrs, credit: credit.normalize('NFC') }));
}

export function removeFigure(editor: Editor, pos: number): void {
  const node = editor.state.doc.nodeAt(pos);
  if (node?.type.name !== figureNodeType) return;
  editor.view.dispatch(editor.state.tr.delete(pos, pos + node.nodeSize));
}

/** Moves the figure at `from` to stand just before (or after) the figure at `to`: the body's text stays put. */
export function moveFigure(editor: Editor, from: number, to: number, after: boolean): void {
  const { doc } = editor.state;
  const moving = doc.nodeAt(from);
  const target = doc.nodeAt(to);
  if (moving?.type.name !== figureNodeType || target?.type.name !== figureNodeType || from === to) return;
  const tr = editor.state.tr.delete(from, from + moving.nodeSize);
  const insertAt = tr.mapping.map(after ? to + target.nodeSize : to);
  tr.insert(insertAt, moving);
  editor.view.dispatch(tr);
}
