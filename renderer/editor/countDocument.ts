// The status bar's counts, read straight from the editor's document (no JSON round trip on the typing path)
// with the same rule the store uses: body paragraphs, headings, list items and quotes; never captions. Each
// block is counted once and remembered by its node (nodes never change; a keystroke replaces one block), so
// a recount in a 10,000-word article counts one paragraph, not the whole text.
import type { Node as PMNode } from '@tiptap/pm/model';
import { countText, type TextCounts } from '../../common/text/countText';
import { figureNodeType } from '../../common/document/figure';

const noText: TextCounts = { words: 0, characters: 0 };
const blockCounts = new WeakMap<PMNode, TextCounts>();

/** Visits the counted text blocks with their text (a hard break is '\n'); blank ones are left out. */
function eachCountedBlock(doc: PMNode, visit: (node: PMNode, text: () => string) => void): void {
  doc.descendants((node) => {
    if (node.type.name === figureNodeType) return false;
    if (node.isTextblock) {
      visit(node, () => node.textBetween(0, node.content.size, '\n', '\n'));
      return false;
    }
    return true;
  });
}

export function documentBodyText(doc: PMNode): string {
  const blocks: string[] = [];
  eachCountedBlock(doc, (_node, text) => {
    const value = text();
    if (value.trim() !== '') blocks.push(value);
  });
  return blocks.join('\n\n');
}

/** Words and characters add up block by block: words never span blocks, and breaks between blocks are not counted. */
export function countDocument(doc: PMNode): TextCounts {
  let words = 0;
  let characters = 0;
  eachCountedBlock(doc, (node, text) => {
    let counts = blockCounts.get(node);
    if (!counts) {
      const value = text();
      counts = value.trim() === '' ? noText : countText(value);
      blockCounts.set(node, counts);
    }
    words += counts.words;
    characters += counts.characters;
  });
  return { words, characters };
}
