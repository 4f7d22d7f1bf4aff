// Where the real editor's keystroke time goes beyond ProseMirror's own: every TipTap event listener (update,
// transaction, selectionUpdate…) wrapped with a timer, then the same typing as the bench. Run it when the
// bench shows the real editor drifting from bare TipTap:
//   npx tsx bench/keystroke/listenerCosts.ts
// Prints each listener's milliseconds per keystroke with the start of its source (minified: look for the
// property names), most expensive first.
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../../tests/browser/browserHarness';
import { withTempDir } from '../lib/tempDir';
import { caretIntoParagraph } from './caret';
import { figures, sentence, words } from './keystrokeLatency';
import { largeArticle } from './largeArticle';
import { openRealEditor, realBodySelector } from './realEditorPage';
import { buildRenderer } from './rendererBundle';
import { nextFrame, typeCharacter } from './typeText';

const warmupKeys = 20;
const measuredKeys = 200;

interface ListenerCost {
  event: string;
  source: string;
  ms: number;
  calls: number;
}

declare global {
  interface Window {
    listenerCosts?: ListenerCost[];
  }
}

await withTempDir('newsdesk-listener-costs', async (dir) => {
  const article = largeArticle({ words, figures });
  fs.mkdirSync(path.join(dir, 'library'));
  await buildRenderer(path.join(dir, 'renderer'));
  const browser = await launchChromium();
  const real = await openRealEditor(browser, { rendererDir: path.join(dir, 'renderer'), dataDir: path.join(dir, 'library'), body: article.body, figures });
  try {
    const { page } = real;
    await caretIntoParagraph(page, realBodySelector, article.targetBlock, article.targetText);
    await page.locator(realBodySelector).evaluate((root) => {
      // TipTap keeps its listeners in editor.callbacks[event]; the editor hangs on its DOM node.
      const editor = (root as HTMLElement & { editor: { callbacks: Record<string, ((...args: unknown[]) => unknown)[]> } }).editor;
      const costs: ListenerCost[] = [];
      for (const [event, listeners] of Object.entries(editor.callbacks)) {
        editor.callbacks[event] = listeners.map((listener) => {
          const cost = { event, source: listener.toString().replace(/\s+/g, ' ').slice(0, 150), ms: 0, calls: 0 };
          costs.push(cost);
          return function (this: unknown, ...args: unknown[]) {
            const start = performance.now();
            try {
              return listener.apply(this, args);
            } finally {
              cost.ms += performance.now() - start;
              cost.calls += 1;
            }
          };
        });
      }
      window.listenerCosts = costs;
    });
    const cdp = await page.context().newCDPSession(page);
    const typed = sentence.repeat(3).slice(0, warmupKeys + measuredKeys);
    for (const [index, char] of [...typed].entries()) {
      if (index === warmupKeys) await page.evaluate(() => window.listenerCosts!.forEach((cost) => Object.assign(cost, { ms: 0, calls: 0 })));
      await typeCharacter(cdp, char);
      await nextFrame(page);
    }
    const costs = await page.evaluate(() => window.listenerCosts!);
    process.stdout.write(`TipTap event listeners of the real editor, ${measuredKeys} keystrokes after ${warmupKeys} warm-up:\n`);
    for (const cost of costs.filter((each) => each.calls > 0).sort((a, b) => b.ms - a.ms)) {
      process.stdout.write(`${(cost.ms / measuredKeys).toFixed(3).padStart(7)} ms/key  ${cost.event.padEnd(16)} ${cost.source}\n`);
    }
  } finally {
    await real.close();
    await browser.close();
  }
});
