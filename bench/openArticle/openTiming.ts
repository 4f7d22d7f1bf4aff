// One measured open, timed inside the page so no round trip to the bench counts: from the click to the
// first frame after the editor is editable, holds every block (and figure) of the article, and a layout of
// the whole document has been forced (the last block's position read).
import type { Page } from 'playwright-core';

export interface OpenTarget {
  /** What is clicked. */
  click: string;
  /** The editor's root once it is there. */
  editor: string;
  /** Top-level blocks the editor must hold, and figures among them (0 on the bare side). */
  blocks: number;
  figures: number;
}

/** In-page source, kept as text: tsx would wrap named functions in a helper the page does not have. */
const openInPage = `async ({ click, editor, blocks, figures }) => {
  const ready = () => {
    const root = document.querySelector(editor);
    return root !== null && root.getAttribute('contenteditable') === 'true' && root.childElementCount >= blocks &&
      root.querySelectorAll('.figure').length >= figures;
  };
  const start = performance.now();
  document.querySelector(click).click();
  await new Promise((resolve, reject) => {
    const deadline = start + 30000;
    // A mutation observer sees the editor the moment it is there, not a frame later.
    const observer = new MutationObserver(() => {
      if (ready()) { observer.disconnect(); resolve(); }
    });
    observer.observe(document.body, { childList: true, subtree: true, attributes: true });
    const check = () => {
      if (ready()) { observer.disconnect(); resolve(); }
      else if (performance.now() > deadline) { observer.disconnect(); reject(new Error(editor + ' not ready after 30 s')); }
      else requestAnimationFrame(check);
    };
    check();
  });
  document.querySelector(editor).lastElementChild.getBoundingClientRect(); // a layout of the whole document
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))); // and its frame painted
  return performance.now() - start;
}`;

export async function timeOpen(page: Page, target: OpenTarget): Promise<number> {
  return page.evaluate(`(${openInPage})(${JSON.stringify(target)})`) as Promise<number>;
}
