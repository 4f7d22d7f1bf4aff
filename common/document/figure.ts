// The figure, one model for every part of the app: the node the editor stores, { type: 'figure', attrs:
// { photoId, credit }, content: caption }, the caption being inline content where a line break is a
// hardBreak. The editor's extension, the imports, the exports, search and the photo links all build and
// read figures here, so every way in writes the same shape and every way out reads it the same.
import { inlineText, type DocNode } from './docNode';

export const figureNodeType = 'figure';

/** What the figure node keeps as attributes: its photo (null while it waits for one) and its credit. */
export interface FigureAttributes {
  photoId: number | null;
  credit: string;
}

/** A figure's fields: its attributes and its caption as text ('\n' a line break). */
export interface FigureFields extends FigureAttributes {
  caption: string;
}

/** A caption's text as inline content: each line break becomes a hard break, empty lines leave no text node. */
export function captionContent(caption: string): DocNode[] {
  return caption.split('\n').flatMap((line, index) => [...(index > 0 ? [{ type: 'hardBreak' }] : []), ...(line ? [{ type: 'text', text: line }] : [])]);
}

export interface FigureInput extends Partial<FigureAttributes> {
  /** The caption as text, or as inline content already (an import keeps its marks). */
  caption?: string | readonly DocNode[];
}

/** Builds a figure node; an empty caption leaves the node without content. */
export function figureNode({ photoId = null, credit = '', caption = '' }: FigureInput): DocNode {
  const content = typeof caption === 'string' ? captionContent(caption) : [...caption];
  return { type: figureNodeType, attrs: { photoId, credit }, ...(content.length > 0 ? { content } : {}) };
}

/** A figure node's fields; attributes of the wrong type read as absent. */
export function figureFields(node: DocNode): FigureFields {
  const photoId = node.attrs?.photoId;
  return {
    caption: inlineText(node.content ?? []),
    credit: typeof node.attrs?.credit === 'string' ? node.attrs.credit : '',
    photoId: typeof photoId === 'number' ? photoId : null,
  };
}

/** The document with the figures after its last block; an empty document's lone empty paragraph goes. */
export function appendFigures(doc: DocNode, figures: readonly FigureFields[]): DocNode {
  const blocks = doc.content ?? [];
  const onlyEmptyParagraph = blocks.length === 1 && blocks[0]!.type === 'paragraph' && !blocks[0]!.content?.length;
  return { ...doc, content: [...(onlyEmptyParagraph ? [] : blocks), ...figures.map(figureNode)] };
}
