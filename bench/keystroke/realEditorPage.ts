// The real side: the renderer bundle served by the loopback transport against real handlers and a real
// library in a temporary folder, as tests/browser/browserHarness.ts does, with the article open in the editor.
import type { Browser, Page } from 'playwright-core';
import type { DocNode } from '../../contract/schemas/document';
import { createDispatch } from '../../handlers/dispatch';
import { createHandlerTable } from '../../handlers/handlerTable';
import { openLibrary, type Library } from '../../library/openLibrary';
import { seedHeadline } from '../../tests/helpers/seed';
import { startLoopbackServer } from '../../transport/loopback/loopbackServer';

export const realBodySelector = '.article-body';

export interface RealEditorPage {
  page: Page;
  library: Library;
  articleId: number;
  close(): Promise<void>;
}

export async function openRealEditor(
  browser: Browser,
  {
    rendererDir,
    dataDir,
    body,
    figures,
    spelling = true,
    initScript,
  }: {
    rendererDir: string;
    dataDir: string;
    body: DocNode;
    figures: number;
    /** false: checking as you type off (diagnosis only). */
    spelling?: boolean;
    /** JavaScript source run in the page before its own scripts (a profiler's hooks). */
    initScript?: string;
  },
): Promise<RealEditorPage> {
  const library = openLibrary(dataDir);
  if (!spelling) library.settings.setValue('spelling.enabled', 'false');
  const server = await startLoopbackServer({ dispatch: createDispatch(createHandlerTable({ library })), staticDir: rendererDir });
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'vi-VN' });
  const close = async () => {
    await context.close();
    await server.close();
    library.close();
  };
  try {
    const page = await context.newPage();
    if (initScript) await page.addInitScript({ content: initScript });
    const { id } = library.articles.create({ headline: seedHeadline, body });
    // The token arrives in the fragment of the first page; the article route comes after.
    await page.goto(server.pageUrl);
    await page.getByTestId('new-article').waitFor();
    await page.goto(`${server.origin}/#/articles/${id}`);
    await page.locator(realBodySelector).waitFor();
    await page.locator(`${realBodySelector} .figure`).nth(figures - 1).waitFor();
    await page.evaluate(() => document.fonts.ready);
    return { page, library, articleId: id, close };
  } catch (error) {
    await close();
    throw error;
  }
}
