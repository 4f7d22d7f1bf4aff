// The text blocks of a stored article in reading order, as the checker numbers them: every paragraph,
// heading, list item, quote and figure caption that holds text (a hard break is a '\n' inside its block, as
// in the editor, so offsets mean the same in both).
import { inlineText } from '../common/document/docNode';

/** The shape of a stored TipTap document that matters here (contract/schemas/document's DocNode fits it). */
export interface TextTreeNode {
  type: string;
  text?: string;
  content?: TextTreeNode[];
}

export function documentBlocks(doc: TextTreeNode): string[] {
  const blocks: string[] = [];
  const visit = (node: TextTreeNode) => {
    const children = node.content ?? [];
    if (children.some((child) => child.type === 'text' || child.type === 'hardBreak')) {
      blocks.push(inlineText(children));
      return;
    }
    children.forEach(visit);
  };
  visit(doc);
  return blocks;
}
