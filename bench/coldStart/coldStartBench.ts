// Cold start of the renderer (issue 15, item 4): from navigation to the library's first rows, each row's
// headline a button that opens the article, with 100,000 articles in the library; the renderer built from
// the working tree and served by the loopback transport from those files, a fresh browser context each run
// (no HTTP cache, no compiled-code cache). Also the JavaScript the first screen loads, gzipped.
import fs from 'node:fs';
import path from 'node:path';
import { createDispatch } from '../../handlers/dispatch';
import { createHandlerTable } from '../../handlers/handlerTable';
import { openLibrary } from '../../library/openLibrary';
import { launchChromium } from '../../tests/browser/browserHarness';
import { startLoopbackServer } from '../../transport/loopback/loopbackServer';
import { generateArchive } from '../archive/generateArchive';
import { buildRenderer } from '../keystroke/rendererBundle';
import type { BenchReport } from '../lib/results';
import { profileWanted } from '../lib/pageProfile';
import { summarize } from '../lib/stats';
import { firstRowProbe, profileColdStart, timeFirstRow } from './profileColdStart';
import { withTempDir } from '../lib/tempDir';
import { firstScreenScripts } from './firstScreenScripts';

export const runs = 15;
export const warmup = 2;
const targets = { p95UnderMs: 400, firstScreenGzipKb: 300 };

function option(name: string): string | undefined {
  return process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
}

export async function runColdStartBench(): Promise<BenchReport> {
  return withTempDir('newsdesk-bench-cold', async (dir) => {
    const rendererDir = path.join(dir, 'renderer');
    await buildRenderer(rendererDir);
    const scripts = firstScreenScripts(rendererDir);
    // `--archive=DIR`: a library generateArchive already built; otherwise one of `--count` (100,000) articles.
    const archive = option('archive');
    const dataDir = archive ?? path.join(dir, 'library');
    fs.mkdirSync(dataDir, { recursive: true });
    const library = openLibrary(dataDir);
    const closers: (() => Promise<void> | void)[] = [() => library.close()];
    try {
      if (!archive) generateArchive(library.db, Number(option('count') ?? 100_000), 42);
      const articles = library.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM articles WHERE deleted_at IS NULL').get()!.n;
      const server = await startLoopbackServer({ dispatch: createDispatch(createHandlerTable({ library })), staticDir: rendererDir });
      closers.push(() => server.close());
      const browser = await launchChromium();
      closers.push(() => browser.close());

      const times: number[] = [];
      for (let run = 0; run < warmup + runs; run++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'vi-VN' });
        try {
          const page = await context.newPage();
          await page.addInitScript(firstRowProbe);
          const ms = await timeFirstRow(page, server.pageUrl);
          if (run >= warmup) times.push(ms);
        } finally {
          await context.close();
        }
      }
      if (profileWanted) process.stdout.write(`\n${await profileColdStart(browser, server.pageUrl)}\n`);
      const load = summarize(`navigation → first rows of ${articles.toLocaleString('en')} articles, interactive`, times);
      const kb = (bytes: number) => Math.round(bytes / 100) / 10;
      const met = (ok: boolean) => (ok ? 'met' : 'not met');
      return {
        context: {
          articles,
          runs,
          warmup,
          chromium: browser.version(),
          firstScreenScripts: scripts.files.join(' '),
          firstScreenJsKb: kb(scripts.bytes),
          firstScreenJsGzipKb: kb(scripts.gzipBytes),
          allJsGzipKb: kb(scripts.allGzipBytes),
          sourceMaps: scripts.sourceMaps,
          p95Under400Ms: met(load.p95Ms < targets.p95UnderMs),
          firstScreenAtMost300KbGzip: met(scripts.gzipBytes <= targets.firstScreenGzipKb * 1000),
        },
        cases: [load],
      };
    } finally {
      for (const close of closers.reverse()) await close();
    }
  });
}
