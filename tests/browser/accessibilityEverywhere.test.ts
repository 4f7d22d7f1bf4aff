// axe-core on the screens accessibility.test.ts does not reach, in both languages, zero violations of any
// impact: the library and the trash empty, the outbox (a waiting, a sent and a failed item), the destinations
// page, the File… dialog before and after filing, the spelling checks panel with findings and its suggestion
// menu, the recovery notice, and the import report. (The shell's import errors: shellImportErrors.test.ts.)
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DraftRecovery } from '../../library/draftRecovery';
import { libraryOutbox } from '../../library/libraryOutbox';
import { envSecretVault } from '../../outbox/secrets/secretVault';
import { readSeedText } from '../helpers/seed';
import { axeViolations } from './axeCheck';
import { startHarness, type Harness } from './browserHarness';
import { seedArticleFields } from './seedArticle';

let harness: Harness;
const languages = ['en', 'vi'] as const;
// The spelling worker builds its dictionary first, on a machine that may be busy.
const slow = { timeout: 30_000 };

beforeAll(async () => {
  harness = await startHarness();
  await harness.page.goto(harness.server.pageUrl);
  await harness.page.getByTestId('new-article').waitFor();
});
afterAll(async () => {
  await harness?.close();
});

async function expectNoViolations(screen: string): Promise<void> {
  expect({ screen, violations: await axeViolations(harness.page) }).toEqual({ screen, violations: [] });
}

async function speak(language: (typeof languages)[number]): Promise<void> {
  await harness.page.getByTestId('language').selectOption(language);
  await expect.poll(() => harness.page.locator('html').getAttribute('lang')).toBe(language);
}

describe('axe-core on every other screen, in English and Vietnamese', () => {
  it('the library and the trash, both empty', async () => {
    const { page } = harness;
    for (const language of languages) {
      await speak(language);
      await page.getByTestId('library-list').waitFor();
      await page.locator('.library-empty').waitFor();
      await expectNoViolations(`${language}: library, empty`);
      await page.getByTestId('tab-trash').click();
      await page.locator('.library-empty').waitFor();
      expect(await page.getByTestId('empty-trash').isDisabled()).toBe(true);
      await expectNoViolations(`${language}: trash, empty`);
      await page.getByTestId('tab-library').click();
    }
  });

  it('the outbox with a waiting, a sent and a failed item, the destinations page and the File… dialog', async () => {
    const { page, library, dataDir } = harness;
    const outbox = libraryOutbox(library, envSecretVault({}));
    const drive = path.join(dataDir, 'Ổ chung');
    fs.mkdirSync(drive);
    await outbox.addDestination('Ổ chung', { kind: 'folder', path: drive });
    await outbox.addDestination('USB', { kind: 'folder', path: path.join(dataDir, 'USB chưa cắm') });
    await outbox.addDestination('CMS', { kind: 'http', url: 'http://127.0.0.1:9/ingest' });
    const article = library.articles.create(seedArticleFields());
    outbox.file(article.id, 'Ổ chung');
    outbox.file(library.articles.create({ headline: 'Mưa lớn gây ngập nhiều tuyến phố ở Hà Nội' }).id, 'USB');
    outbox.file(library.articles.create({ headline: 'Khánh thành cầu mới bắc qua sông Hồng' }).id, 'CMS');
    await outbox.send();

    for (const language of languages) {
      await page.goto(`${harness.server.origin}/#/outbox`);
      await speak(language);
      const items = page.getByTestId('outbox-item');
      // (The English round files once more from the dialog: a second waiting item in the Vietnamese round.)
      const states = () => items.evaluateAll((rows) => [...new Set(rows.map((row) => row.getAttribute('data-state')))].sort());
      await expect.poll(states, { timeout: 15_000 }).toEqual(['failed', 'queued', 'sent']);
      await expectNoViolations(`${language}: outbox`);
      await page.getByTestId('open-destinations').click();
      await expect.poll(() => page.getByTestId('destination').count()).toBe(3);
      await expectNoViolations(`${language}: destinations page`);

      await page.goto(`${harness.server.origin}/#/articles/${article.id}`);
      await page.locator('.article-body').waitFor();
      await page.getByTestId('open-file').click();
      await page.getByTestId('file-destination').waitFor();
      await expectNoViolations(`${language}: File… dialog`);
      await page.getByTestId('file-start').click();
      await page.getByTestId('file-queued').waitFor();
      await expectNoViolations(`${language}: File… dialog, filed`);
      await page.keyboard.press('Escape');
      await page.getByTestId('file-dialog').waitFor({ state: 'detached' });
    }
  });

  it('the spelling checks panel with findings, and the suggestion menu', async () => {
    const { page, library } = harness;
    const planted = library.articles.create({
      headline: 'Kiểm tra chính tả',
      body: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hội nghị các cơ quan Đảnng Trung ương bàn về chíng sách mới ngày 22-6-2024.' }] }],
      },
    });
    await page.goto(`${harness.server.origin}/#/articles/${planted.id}`);
    for (const language of languages) {
      await speak(language);
      await page.locator('.check-spelling').first().waitFor(slow);
      await expect.poll(() => page.getByTestId('checks-panel').locator('[data-check-count]').count(), slow).toBeGreaterThan(0);
      await expectNoViolations(`${language}: editor with spelling findings and the checks panel`);
      await page.locator('.check-spelling', { hasText: 'chíng' }).click();
      const menu = page.getByTestId('spelling-menu');
      await menu.getByRole('menuitem').first().waitFor(slow);
      await expectNoViolations(`${language}: spelling suggestion menu`);
      await page.keyboard.press('Escape');
      await menu.waitFor({ state: 'hidden' });
    }
  });

  it('the recovery notice and the import report', async () => {
    const { page, library, dataDir } = harness;
    const article = library.articles.create({ headline: 'Giá xăng giảm' });
    new DraftRecovery(dataDir).write(article.id, { headline: 'Giá xăng giảm lần thứ ba', sapo: 'Từ 15 giờ chiều nay.' }, new Date('2026-11-30T08:05:00Z'));
    await page.goto(`${harness.server.origin}/#/`);
    await page.reload();
    const notice = page.getByTestId('recovery-notice');
    for (const language of languages) {
      await speak(language);
      await notice.getByRole('button').first().waitFor();
      await expectNoViolations(`${language}: recovery notice`);
    }
    await notice.getByRole('button').last().click();
    await notice.waitFor({ state: 'detached' });

    // The second file holds the same text as the first: the report offers the first article instead.
    const files = ['bài.txt', 'bài-lần-nữa.txt'].map((name) => path.join(dataDir, name));
    for (const file of files) fs.writeFileSync(file, readSeedText());
    await page.getByTestId('import-input').setInputFiles(files);
    const report = page.getByTestId('import-report');
    await report.waitFor();
    for (const language of languages) {
      await speak(language);
      await report.getByTestId('import-open-existing').first().waitFor();
      await expectNoViolations(`${language}: import report`);
    }
    await page.getByTestId('import-report-dismiss').click();
    expect(harness.pageErrors).toEqual([]);
  });
});
