// The status bar's counts, read straight from the editor's document (no JSON round trip on the typing path)
// with the same rule the store uses: body paragraphs, headings, list items and quotes; never captions.
import type { Node as PMNode } from '@tiptap/pm/model';
import { countText, type TextCounts } from '../../common/text/countText';
import { figureNodeType } from '../../common/document/figure';

export function documentBodyText(doc: PMNode): string {
  const blocks: string[] = [];
  doc.descendants((node) => {
    if (node.type.name === figureNodeType) return false;
    if (node.isTextblock) {
      const text = node.textBetween(0, node.content.size, '\n', '\n');
      if (text.trim() !== '') blocks.push(text);
      return false;
    }
    return true;
  });
  return blocks.join('\n\n');
}

export function countDocument(doc: PMNode): TextCounts {
  return countText(documentBodyText(doc));
}
