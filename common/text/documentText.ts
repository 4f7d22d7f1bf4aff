// Plain text of a TipTap document, as search and counts see it: one block a paragraph, separated by blank
// lines; a hard break is a line break inside its block.
import type { DocNode } from '../../contract/schemas/document';

const inlineBreak = new Set(['hardBreak']);

export function documentToPlainText(doc: DocNode): string {
  const blocks: string[] = [];
  collectBlocks(doc, blocks);
  return blocks.join('\n\n');
}

function collectBlocks(node: DocNode, blocks: string[]): void {
  const children = node.content ?? [];
  const hasInline = children.some((child) => child.type === 'text' || inlineBreak.has(child.type));
  if (hasInline) {
    const text = children.map((child) => (child.type === 'text' ? (child.text ?? '') : inlineBreak.has(child.type) ? '\n' : '')).join('');
    if (text.trim() !== '') blocks.push(text);
    return;
  }
  for (const child of children) collectBlocks(child, blocks);
}
