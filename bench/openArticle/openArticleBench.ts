// Opening a long article (issue 15, item 3): from a click on its row in the library to an editable, fully laid
// out editor holding a 10,000-word Vietnamese article with 40 figures, in headless Chromium, the real renderer
// against the loopback transport and a real library; next to bare TipTap StarterKit fetching the same JSON
// from a server and mounting it, in another Chromium with the same flags, in the same run. The sides take
// turns, one open each, so both see the same machine noise.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { createDispatch } from '../../handlers/dispatch';
import { createHandlerTable } from '../../handlers/handlerTable';
import { openLibrary } from '../../library/openLibrary';
import { launchChromium } from '../../tests/browser/browserHarness';
import { seedHeadline } from '../../tests/helpers/seed';
import { startLoopbackServer } from '../../transport/loopback/loopbackServer';
import type { BenchReport } from '../lib/results';
import { profileStep, profileWanted, traceStep } from '../lib/pageProfile';
import { summarize } from '../lib/stats';
import { withTempDir } from '../lib/tempDir';
import { openBareEditor } from '../keystroke/bare/barePage';
import { largeArticle } from '../keystroke/largeArticle';
import { buildRenderer } from '../keystroke/rendererBundle';
import { timeOpen } from './openTiming';

export const words = 10_000;
export const figures = 40;
/** `--runs=N` for a quick look (a profile); the README's figures are from 20. */
export const runs = Number(process.argv.find((arg) => arg.startsWith('--runs='))?.slice('--runs='.length) ?? 20);
export const warmup = 3;
const targets = { p95UnderMs: 150, maxRatio: 1.5 };
const realBody = '.article-body';
const bareBody = '#editor .ProseMirror';

export async function runOpenArticleBench(): Promise<BenchReport> {
  const article = largeArticle({ words, figures });
  return withTempDir('newsdesk-bench-open', async (dir) => {
    const closers: (() => Promise<void> | void)[] = [];
    try {
      const rendererDir = path.join(dir, 'renderer');
      const dataDir = path.join(dir, 'library');
      const bareDir = path.join(dir, 'bare');
      fs.mkdirSync(dataDir);
      fs.mkdirSync(bareDir);
      await buildRenderer(rendererDir, { minify: !profileWanted });

      const library = openLibrary(dataDir);
      closers.push(() => library.close());
      const { id } = library.articles.create({ headline: seedHeadline, body: article.body });
      const server = await startLoopbackServer({ dispatch: createDispatch(createHandlerTable({ library })), staticDir: rendererDir });
      closers.push(() => server.close());
      const realBrowser = await launchChromium();
      closers.push(() => realBrowser.close());
      const context = await realBrowser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'vi-VN' });
      const real = await context.newPage();
      await real.goto(server.pageUrl);
      const row = `[data-article-id="${id}"] button.headline-link`;
      await real.locator(row).waitFor();
      await real.evaluate(() => document.fonts.ready);

      // The bare side gets the real body's column width and type size, so both break lines alike.
      await real.locator(row).click();
      await real.locator(realBody).waitFor();
      const text = await real.locator(realBody).evaluate((element) => {
        const style = getComputedStyle(element);
        return { widthPx: element.clientWidth, fontSize: style.fontSize, lineHeight: style.lineHeight };
      });
      const bareBrowser = await launchChromium();
      closers.push(() => bareBrowser.close());
      const bare = await openBareEditor(bareBrowser, { dir: bareDir, content: { doc: article.bareBody, text }, entryPoint: path.join(import.meta.dirname, 'bareOpen.ts') });
      closers.push(() => bare.close());

      const toLibrary = async (page: Page) => {
        await page.evaluate(() => {
          window.location.hash = '#/';
        });
        await page.locator(row).waitFor();
      };
      const blocks = article.body.content?.length ?? 0;
      const realSide = {
        prepare: () => toLibrary(real),
        step: () => timeOpen(real, { click: row, editor: realBody, blocks, figures }),
      };
      const bareSide = {
        prepare: () => bare.page.evaluate(() => (window as unknown as { closeBare: () => void }).closeBare()),
        step: () => timeOpen(bare.page, { click: '#open', editor: bareBody, blocks: article.bareBody.content?.length ?? 0, figures: 0 }),
      };
      const openReal = async () => {
        await realSide.prepare();
        return realSide.step();
      };
      const openBare = async () => {
        await bareSide.prepare();
        return bareSide.step();
      };
      const realTimes: number[] = [];
      const bareTimes: number[] = [];
      for (let run = 0; run < warmup + runs; run++) {
        const realMs = await openReal();
        const bareMs = await openBare();
        if (run >= warmup) {
          realTimes.push(realMs);
          bareTimes.push(bareMs);
        }
      }
      if (profileWanted) {
        for (const [side, page, open] of [['real', real, realSide], ['bare', bare.page, bareSide]] as const) {
          const file = path.join(os.tmpdir(), `openArticle-${side}.cpuprofile`);
          process.stdout.write(`\n${side}: ${await profileStep(page, open, { runs: 5, file })}\n${await traceStep(page, open)}\n`);
        }
      }
      const shownWords = await real.getByTestId('count-words').getAttribute('data-value');
      if (shownWords !== String(words)) throw new Error(`the real editor counts ${shownWords} words, expected ${words}`);

      const realCase = summarize('real editor: click on the library row → editable, laid out', realTimes);
      const bareCase = summarize('bare TipTap: click → fetch JSON → editable, laid out', bareTimes);
      const ratio = Math.round((realCase.p95Ms / bareCase.p95Ms) * 100) / 100;
      const met = (ok: boolean) => (ok ? 'met' : 'not met');
      return {
        context: {
          words,
          figures,
          blocks,
          runs,
          warmup,
          chromium: realBrowser.version(),
          ratioP95: ratio,
          p95Under150Ms: met(realCase.p95Ms < targets.p95UnderMs),
          ratioAtMost1_5: met(ratio <= targets.maxRatio),
        },
        cases: [realCase, bareCase],
      };
    } finally {
      for (const close of closers.reverse()) await close();
    }
  });
}
