// The native menu's Export… and Update from File… act on the open article: the page tells the shell when one is
// open (setArticleOpen), so with none they are disabled instead of doing nothing. The page runs with a stand-in
// for the preload bridge; the shell's side is the handler table's hook, recorded here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docOf } from '../helpers/seed';
import { startHarness, type Harness } from './browserHarness';
import { fakeBridge } from './fakeBridge';

let harness: Harness;
/** Every state the page reported, in order. */
const reported: boolean[] = [];
let articleId: number;

beforeAll(async () => {
  harness = await startHarness({ shell: { onArticleOpenChanged: (open) => reported.push(open) } });
  articleId = harness.library.articles.create({ headline: 'Bão số 3 đổ bộ Quảng Ninh', body: docOf(['Gió giật cấp 12.']) }).id;
  await harness.page.addInitScript(fakeBridge);
  await harness.page.goto(harness.server.pageUrl);
  await harness.page.getByTestId('new-article').waitFor();
});
afterAll(async () => {
  await harness?.close();
});

describe('the menu’s editor-only items follow the open article', () => {
  it('reports an article open while the editor shows one, and none once back in the library', async () => {
    const { page } = harness;
    await page.locator(`[data-article-id="${articleId}"] .headline-link`).waitFor();
    // The library: nothing open, nothing reported (the shell starts with the items disabled).
    expect(reported).toEqual([]);

    await page.locator(`[data-article-id="${articleId}"] .headline-link`).click();
    await page.locator('.article-body').waitFor();
    await expect.poll(() => reported).toEqual([true]);

    await page.getByTestId('back').click();
    await page.getByTestId('new-article').waitFor();
    await expect.poll(() => reported).toEqual([true, false]);
  });

  it('a new article opens the editor, and the items with it', async () => {
    const { page } = harness;
    await page.getByTestId('new-article').click();
    await page.locator('.article-body').waitFor();
    await expect.poll(() => reported).toEqual([true, false, true]);
    await page.getByTestId('back').click();
    await expect.poll(() => reported).toEqual([true, false, true, false]);
  });
});
