// Plain text of a TipTap document. The body text is what counts and search read as "the report": its
// paragraphs, headings, list items and quotes, one block a paragraph, separated by blank lines; a hard
// break is a line break inside its block. Figures are not body text: their captions are read separately.
import { inlineText, type DocNode } from '../document/docNode';
import { figureFields, figureNodeType, type FigureFields } from '../document/figure';

export function documentToPlainText(doc: DocNode): string {
  const blocks: string[] = [];
  collectBlocks(doc, blocks);
  return blocks.join('\n\n');
}

/** The figures in document order, with their captions as text (a line break stays a line break). */
export function documentFigures(doc: DocNode): FigureFields[] {
  const figures: FigureFields[] = [];
  const visit = (node: DocNode) => {
    if (node.type === figureNodeType) {
      figures.push(figureFields(node));
      return;
    }
    node.content?.forEach(visit);
  };
  visit(doc);
  return figures;
}

function collectBlocks(node: DocNode, blocks: string[]): void {
  if (node.type === figureNodeType) return;
  const children = node.content ?? [];
  if (children.some((child) => child.type === 'text' || child.type === 'hardBreak')) {
    const text = inlineText(children);
    if (text.trim() !== '') blocks.push(text);
    return;
  }
  for (const child of children) collectBlocks(child, blocks);
}
