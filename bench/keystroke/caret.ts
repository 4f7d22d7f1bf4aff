// Puts the caret inside one paragraph of the editor, at the start of a word near the paragraph's middle, the
// same way on both sides: a click to focus the editor there, then the DOM selection, which ProseMirror reads
// on selectionchange like any caret move.
import type { Page } from 'playwright-core';
import { nextFrame } from './typeText';

/** Returns the offset in the paragraph's text where typing will land. */
export async function caretIntoParagraph(page: Page, rootSelector: string, blockIndex: number, expectedText: string): Promise<number> {
  const block = page.locator(`${rootSelector} > *`).nth(blockIndex);
  if ((await block.textContent()) !== expectedText) throw new Error(`block ${blockIndex} does not hold the expected paragraph`);
  await block.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await block.click();
  const offset = await block.evaluate((element) => {
    const node = element.firstChild;
    if (element.childNodes.length !== 1 || node?.nodeType !== Node.TEXT_NODE) throw new Error('the paragraph is not one text node');
    const text = node.textContent ?? '';
    const at = text.indexOf(' ', Math.floor(text.length / 2)) + 1;
    window.getSelection()!.collapse(node, at);
    return at;
  });
  await nextFrame(page);
  return offset;
}
