// The figure node as the editor stores it: { type: 'figure', attrs: { photoId, credit }, content: caption },
// the caption being inline text where a line break is a hardBreak. Built here for the CLI (and anyone else
// who adds photos outside the editor), so every way in writes the same shape.
import type { DocNode } from '../../contract/schemas/document';
import { figureNodeType } from '../text/documentText';

export interface FigureFields {
  photoId: number | null;
  caption: string;
  credit: string;
}

export function figureNode({ photoId, caption, credit }: FigureFields): DocNode {
  const content: DocNode[] = [];
  caption.split('\n').forEach((line, index) => {
    if (index > 0) content.push({ type: 'hardBreak' });
    if (line !== '') content.push({ type: 'text', text: line });
  });
  return { type: figureNodeType, attrs: { photoId, credit }, ...(content.length > 0 ? { content } : {}) };
}

/** The document with the figures after its last block; an empty document's lone empty paragraph goes. */
export function appendFigures(doc: DocNode, figures: readonly FigureFields[]): DocNode {
  const blocks = doc.content ?? [];
  const onlyEmptyParagraph = blocks.length === 1 && blocks[0]!.type === 'paragraph' && !blocks[0]!.content?.length;
  return { ...doc, content: [...(onlyEmptyParagraph ? [] : blocks), ...figures.map(figureNode)] };
}
