// `--profile` for coldStart: one more cold load under Chromium's timeline trace, and what the first screen
// waited for — every request with its start and end, the first paint, the first row — so the cut starts from
// the longest wait.
import type { Browser, Page } from 'playwright-core';
import { summarizeTrace, traceCategories } from '../lib/pageProfile';

/** The console message the probe sends when the first row is in the DOM. */
export const firstRowMessage = 'newsdesk:first-row';

/**
 * In the page before any script of its own: notes when the first row's headline button is in the DOM, and
 * says so on the console. The bench waits for that message rather than polling the page: polling injects
 * Playwright's utility script (~20 ms of main-thread work) while the page is starting, which delayed the very
 * rows it waited for.
 */
export const firstRowProbe = `
  new MutationObserver((records, observer) => {
    if (document.querySelector('[data-row-index="0"] button.headline-link')) {
      window.firstRowMs = performance.now();
      observer.disconnect();
      console.debug(${JSON.stringify(firstRowMessage)});
    }
  }).observe(document, { childList: true, subtree: true });`;

/** Navigates to `url` and answers when the first row was in the DOM, in ms from navigation. */
export async function timeFirstRow(page: Page, url: string): Promise<number> {
  const shown = page.waitForEvent('console', { predicate: (message) => message.text() === firstRowMessage, timeout: 60_000 });
  await page.goto(url, { waitUntil: 'commit' });
  await shown;
  return page.evaluate(() => (window as unknown as { firstRowMs: number }).firstRowMs);
}

interface Entry {
  name: string;
  start: number;
  end: number;
}

export async function profileColdStart(browser: Browser, url: string): Promise<string> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'vi-VN' });
  try {
    const page = await context.newPage();
    await page.addInitScript(firstRowProbe);
    await browser.startTracing(page, { categories: traceCategories });
    await timeFirstRow(page, url);
    const trace = summarizeTrace(await browser.stopTracing());
    const entries = (await page.evaluate(() => [
      ...performance.getEntriesByType('resource').map((entry) => ({ name: entry.name.replace(location.origin, '').split('?')[0]!, start: entry.startTime, end: entry.startTime + entry.duration })),
      ...performance.getEntriesByType('paint').map((entry) => ({ name: entry.name, start: entry.startTime, end: entry.startTime })),
      { name: 'first row', start: (window as unknown as { firstRowMs: number }).firstRowMs, end: (window as unknown as { firstRowMs: number }).firstRowMs },
    ])) as Entry[];
    const waterfall = entries
      .sort((a, b) => a.start - b.start)
      .map((entry) => `  ${entry.start.toFixed(0).padStart(6)} → ${entry.end.toFixed(0).padStart(6)} ms  ${entry.name}`);
    return ['what the first screen waited for (ms from navigation):', ...waterfall, trace].join('\n');
  } finally {
    await context.close();
  }
}
