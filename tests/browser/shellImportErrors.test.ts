// File → Import… through Electron's own dialog: the main process imports and pushes the outcome as an event.
// Its refusals reach the page as codes and are worded there, in the reader's language, and again when the
// language switches; what an import changed shows in the same report as an import from the page.
// The page runs with a stand-in for the preload bridge: calls go over the loopback, events are pushed by the
// test with exactly what the handler table returned.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEventPayload, events } from '../../contract/events';
import { importArticlesFromDialog } from '../../handlers/articleDialogImport';
import { readSeedText } from '../helpers/seed';
import { axeViolations } from './axeCheck';
import { startHarness, type Harness } from './browserHarness';
import { fakeBridge } from './fakeBridge';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
  await harness.page.addInitScript(fakeBridge);
  await harness.page.goto(harness.server.pageUrl);
  await harness.page.getByTestId('new-article').waitFor();
});
afterAll(async () => {
  await harness?.close();
});

describe('an import through the shell’s File → Import dialog', () => {
  it('words its refusals in the reader’s language, re-words them on a switch, and shows the import report', async () => {
    const { page, library, dataDir } = harness;
    const pdf = path.join(dataDir, 'ảnh-chụp.pdf');
    const first = path.join(dataDir, 'bài.txt');
    const again = path.join(dataDir, 'bài-lần-nữa.txt');
    fs.writeFileSync(pdf, '%PDF-1.7\n');
    fs.writeFileSync(first, readSeedText());
    fs.writeFileSync(again, readSeedText());
    const imported = await importArticlesFromDialog(library, async () => [pdf, first, again]);
    // What the preload would let through.
    expect(readEventPayload(events.articlesImported.channel, imported)).toEqual({ ok: true, value: imported });
    await page.evaluate(
      ([channel, payload]) => (window as unknown as { pushShellEvent: (c: string, p: unknown) => void }).pushShellEvent(channel as string, payload),
      [events.articlesImported.channel, imported] as const,
    );

    const notice = page.getByTestId('import-error');
    await notice.waitFor();
    expect(await notice.getAttribute('role')).toBe('alert');
    expect(await notice.locator('.notice-text').textContent()).toMatch(/^Cannot import “ảnh-chụp\.pdf”/);
    const report = page.getByTestId('import-report');
    await report.waitFor();
    expect(await report.textContent()).toContain('bài-lần-nữa.txt');
    expect(await page.locator('[data-article-id]').count()).toBe(2);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByTestId('language').selectOption('vi');
    await expect.poll(() => notice.locator('.notice-text').textContent()).toMatch(/^Không nhập được “ảnh-chụp\.pdf”/);
    await expect.poll(() => report.locator('h2').textContent()).not.toBe('');
    expect(await report.textContent()).toContain('Thư viện đã có nội dung này');
    expect(await axeViolations(page)).toEqual([]);
    await harness.screenshot('62-shell-import-error-vi');

    await notice.getByRole('button', { name: 'Đóng thông báo' }).click();
    expect(await page.getByTestId('import-error').count()).toBe(0);
    await page.getByTestId('import-report-dismiss').click();
    expect(await page.getByTestId('import-report').count()).toBe(0);
    await page.getByTestId('language').selectOption('en');
    expect(harness.pageErrors).toEqual([]);
  });
});
