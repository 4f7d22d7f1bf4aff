// Two editors, one article: while the editor holds unsaved typing, the article is saved elsewhere (another
// window's call through the handler table, as the CLI would). The editor's next save is refused, the conflict
// notice shows, the autosave waits; then "Load the newer text" (the reporter's text kept as a revision) or
// "Keep mine" (saved on top, the other text kept as a revision). Nothing is lost either way.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../../contract/api';
import type { Article } from '../../contract/schemas/article';
import { documentToPlainText } from '../../common/text/documentText';
import { createDispatch, type Dispatch } from '../../handlers/dispatch';
import { createHandlerTable } from '../../handlers/handlerTable';
import { docOf } from '../helpers/seed';
import { axeViolations } from './axeCheck';
import { screenshotDir, startHarness, type Harness } from './browserHarness';
import { caretAtEndOfParagraph } from './editorSession';

let harness: Harness;
/** Another window: the same handler table over the same library. */
let elsewhere: Dispatch;

beforeAll(async () => {
  harness = await startHarness();
  elsewhere = createDispatch(createHandlerTable({ library: harness.library }));
  await harness.page.goto(harness.server.pageUrl);
  await harness.page.getByTestId('new-article').waitFor();
});
afterAll(async () => {
  await harness?.close();
});

async function openArticle(): Promise<number> {
  const { id } = harness.library.articles.create({
    headline: 'Mưa lớn ở Huế',
    sapo: 'Nước sông Hương dâng cao.',
    body: docOf(['Đêm qua, mưa lớn kéo dài nhiều giờ.', 'Nhiều tuyến phố ngập sâu.']),
  });
  await harness.page.goto(`${harness.server.origin}/#/articles/${id}`);
  await harness.page.locator('.article-body').waitFor();
  return id;
}

async function saved(id: number): Promise<Article> {
  await harness.page.waitForTimeout(50);
  await harness.page.locator('[data-save-state="saved"]').waitFor({ timeout: 15_000 });
  return harness.library.articles.get(id);
}

/** Saved by the other window, based on the version it read: accepted, so the editor's base is now stale. */
async function changeElsewhere(id: number, changes: { headline?: string; sapo?: string }): Promise<void> {
  const reply = await elsewhere(api.updateArticle.channel, { id, baseVersion: harness.library.articles.get(id).version, ...changes });
  expect(reply.ok).toBe(true);
}

const bodyText = (id: number) => documentToPlainText(harness.library.articles.get(id).body);

/** The revisions' texts, as the history keeps them. */
function revisionTexts(id: number): { headline: string; sapo: string; body: string; kept: boolean }[] {
  return harness.library.revisions.list(id).map(({ revision, kept }) => {
    const { content } = harness.library.revisions.get(id, revision);
    return { headline: content.headline, sapo: content.sapo, body: documentToPlainText(content.body), kept };
  });
}

/** Types into the body until the refused save raises the notice; then types more, which must wait. */
async function typeIntoConflict(id: number): Promise<void> {
  const { page } = harness;
  await caretAtEndOfParagraph(page, 0);
  await page.keyboard.type(' Gió mạnh.');
  await page.getByTestId('conflict-notice').waitFor();
  await page.keyboard.type(' Trời tối.');
  // Well past the autosave's delay: nothing is sent while the notice is up.
  await page.waitForTimeout(1500);
  expect(bodyText(id)).not.toContain('Gió mạnh');
  expect(await page.locator('[data-save-state]').getAttribute('data-save-state')).not.toBe('saving');
}

describe('a save refused because the article changed elsewhere', () => {
  it('"Load the newer text": the editor shows the other text, and the reporter’s own is a revision in the history', async () => {
    const { page } = harness;
    await page.getByTestId('language').selectOption('en');
    const id = await openArticle();
    await caretAtEndOfParagraph(page, 1);
    await page.keyboard.type(' Trường học đóng cửa.');
    await saved(id);
    await changeElsewhere(id, { headline: 'Mưa lớn ở Huế, nhiều nơi ngập', sapo: 'Nước sông Hương lên báo động 3.' });
    await typeIntoConflict(id);

    const notice = page.getByTestId('conflict-notice');
    expect(await notice.getByRole('alert').textContent()).toBe('This article was changed elsewhere');
    expect({ screen: 'conflict notice, English', violations: await axeViolations(page) }).toEqual({ screen: 'conflict notice, English', violations: [] });
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.screenshot({ path: path.join(screenshotDir, 'conflict-notice-en-1024.png') });
    await page.setViewportSize({ width: 1280, height: 860 });
    await page.getByTestId('language').selectOption('vi');
    expect(await notice.getByRole('alert').textContent()).toBe('Bài này vừa được sửa ở nơi khác');
    expect(await notice.getByTestId('conflict-load-newer').textContent()).toBe('Tải bản mới hơn');
    expect({ screen: 'conflict notice, Vietnamese', violations: await axeViolations(page) }).toEqual({ screen: 'conflict notice, Vietnamese', violations: [] });
    for (const [width, height] of [
      [1024, 700],
      [1440, 900],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: path.join(screenshotDir, `conflict-notice-vi-${width}.png`) });
    }
    await page.setViewportSize({ width: 1280, height: 860 });
    await page.getByTestId('language').selectOption('en');

    await notice.getByTestId('conflict-load-newer').click();
    await notice.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('headline').inputValue()).toBe('Mưa lớn ở Huế, nhiều nơi ngập');
    expect(await page.getByTestId('sapo').inputValue()).toBe('Nước sông Hương lên báo động 3.');
    expect(await page.locator('.article-body').textContent()).not.toContain('Gió mạnh');
    const article = harness.library.articles.get(id);
    expect(article.headline).toBe('Mưa lớn ở Huế, nhiều nơi ngập');
    expect(bodyText(id)).toBe('Đêm qua, mưa lớn kéo dài nhiều giờ.\n\nNhiều tuyến phố ngập sâu. Trường học đóng cửa.');
    // Nothing lost: the reporter's typing is a kept revision (on the other text's headline, as it was saved).
    const mine = revisionTexts(id).find((text) => text.body.includes('Gió mạnh. Trời tối.'));
    expect(mine).toMatchObject({ kept: true, body: expect.stringContaining('Đêm qua, mưa lớn kéo dài nhiều giờ. Gió mạnh. Trời tối.') });
    expect(harness.library.revisions.list(id).at(-1)).toMatchObject({ reason: 'revert' });

    // The editor goes on saving on the newer text.
    await caretAtEndOfParagraph(page, 1);
    await page.keyboard.type(' Sau đó.');
    await saved(id);
    expect(bodyText(id)).toContain('Trường học đóng cửa. Sau đó.');
    expect(await page.locator('[data-testid="conflict-notice"]').count()).toBe(0);
  });

  it('"Keep mine": the reporter’s typing is saved on top, the other text stays in the history', async () => {
    const { page } = harness;
    const id = await openArticle();
    await caretAtEndOfParagraph(page, 1);
    await page.keyboard.type(' Trường học đóng cửa.');
    await saved(id);
    await changeElsewhere(id, { sapo: 'Nước sông Hương lên báo động 3.' });
    await typeIntoConflict(id);

    await page.getByTestId('conflict-keep-mine').click();
    await page.getByTestId('conflict-notice').waitFor({ state: 'detached' });
    const article = await saved(id);
    expect(documentToPlainText(article.body)).toBe('Đêm qua, mưa lớn kéo dài nhiều giờ. Gió mạnh. Trời tối.\n\nNhiều tuyến phố ngập sâu. Trường học đóng cửa.');
    // Only the body was the reporter's change: the other window's sapo stands beside it.
    expect(article.sapo).toBe('Nước sông Hương lên báo động 3.');
    const theirs = revisionTexts(id).find((text) => text.sapo === 'Nước sông Hương lên báo động 3.' && !text.body.includes('Gió mạnh'));
    expect(theirs).toMatchObject({ kept: true, body: 'Đêm qua, mưa lớn kéo dài nhiều giờ.\n\nNhiều tuyến phố ngập sâu. Trường học đóng cửa.' });

    // Later saves go on normally, on the version just saved.
    await caretAtEndOfParagraph(page, 1);
    await page.keyboard.type(' Hết.');
    await saved(id);
    expect(bodyText(id)).toContain('Trường học đóng cửa. Hết.');
    expect(await page.locator('[data-testid="conflict-notice"]').count()).toBe(0);
  });
});
