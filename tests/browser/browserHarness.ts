// Starts the real renderer bundle in headless Chromium against real handlers, over the loopback transport,
// on a fresh SQLite library in a temporary folder. Records every request so tests can prove none left.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumLaunchOptions, findChromium } from '../../export/pdf/findChromium';
import { createDispatch } from '../../handlers/dispatch';
import { createHandlerTable, type HandlerContext } from '../../handlers/handlerTable';
import { openLibrary, type Library } from '../../library/openLibrary';
import { startLoopbackServer, type LoopbackServer } from '../../transport/loopback/loopbackServer';

export const repoRoot = path.resolve(import.meta.dirname, '../..');
export const rendererDir = path.join(repoRoot, 'dist/renderer');
export const screenshotDir = path.join(repoRoot, 'test-results/screenshots');

export interface Harness {
  dataDir: string;
  library: Library;
  server: LoopbackServer;
  browser: Browser;
  page: Page;
  /** Every URL the page asked for. */
  requests: string[];
  /** Console errors and uncaught exceptions (CSP violations show up here). */
  pageErrors: string[];
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

/** The Chromium the PDF export would use (CHROME_PATH, a system one, else the npm one), headless. */
export async function launchChromium(): Promise<Browser> {
  const found = findChromium();
  if (!found) throw new Error('no Chromium: CHROME_PATH names no program, or none is installed and @sparticuz/chromium is missing (npm install)');
  return chromium.launch({ ...(await chromiumLaunchOptions(found)), headless: true });
}

export interface HarnessOptions {
  dataDir?: string;
  /** What the Electron shell would provide (its save dialog, progress pushes), for tests of those flows. */
  shell?: Omit<HandlerContext, 'library'>;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error('dist/renderer is missing: run `npm run build:renderer` (npm test does it first)');
  }
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-browser-'));
  const library = openLibrary(dataDir);
  const server = await startLoopbackServer({
    dispatch: createDispatch(createHandlerTable({ ...options.shell, library })),
    staticDir: rendererDir,
    photoFile: (id, size) => library.photos.photoFile(id, size),
  });
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'en-GB' });
  const page = await context.newPage();
  const requests: string[] = [];
  const pageErrors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  fs.mkdirSync(screenshotDir, { recursive: true });
  return {
    dataDir,
    library,
    server,
    browser,
    page,
    requests,
    pageErrors,
    async screenshot(name) {
      const file = path.join(screenshotDir, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    async close() {
      await browser.close();
      await server.close();
      library.close();
      if (!options.dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
