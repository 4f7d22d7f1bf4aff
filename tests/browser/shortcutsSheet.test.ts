// The "Keyboard shortcuts" sheet at a small laptop's window (1024×700), in English and in Vietnamese: every
// row on one line (the name, where it works, the keys), nothing cut off, the sheet inside the window.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './browserHarness';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
  await harness.page.setViewportSize({ width: 1024, height: 700 });
  await harness.page.goto(harness.server.pageUrl);
  await harness.page.getByTestId('new-article').waitFor();
});
afterAll(async () => {
  await harness?.close();
});

interface RowLayout {
  text: string;
  /** The name and the keys keep their height when told never to wrap: each is one line. */
  nameOneLine: boolean;
  keysOneLine: boolean;
  /** The name ends before the keys begin, and the keys end inside the row. */
  apart: boolean;
  inside: boolean;
}

/** Each row of the sheet as laid out, measured against itself with wrapping forbidden. */
function rowLayouts(): Promise<RowLayout[]> {
  return harness.page.locator('.shortcuts-sheet dl > div').evaluateAll((rows) =>
    rows.map((row) => {
      const name = row.querySelector('dt')!;
      const keys = row.querySelector('dd')!;
      const oneLine = (element: HTMLElement) => {
        const height = element.getBoundingClientRect().height;
        const before = element.style.whiteSpace;
        element.style.whiteSpace = 'nowrap';
        const unwrapped = element.getBoundingClientRect().height;
        element.style.whiteSpace = before;
        return Math.abs(height - unwrapped) < 0.5 && element.scrollWidth <= element.clientWidth;
      };
      const box = row.getBoundingClientRect();
      const nameBox = name.getBoundingClientRect();
      const keysBox = keys.getBoundingClientRect();
      return {
        text: row.textContent ?? '',
        nameOneLine: oneLine(name),
        keysOneLine: oneLine(keys),
        apart: nameBox.right <= keysBox.left + 0.5,
        inside: keysBox.right <= box.right + 0.5 && row.scrollWidth <= row.clientWidth,
      };
    }),
  );
}

describe('the shortcuts sheet at 1024×700', () => {
  for (const language of ['en', 'vi'] as const) {
    it(`puts every row on one line, in ${language === 'en' ? 'English' : 'Vietnamese'}`, async () => {
      const { page } = harness;
      await page.getByTestId('language').selectOption(language);
      await page.keyboard.press('Control+/');
      const sheet = page.getByTestId('shortcuts-sheet');
      await sheet.waitFor();
      await expect.poll(() => sheet.locator('h2').textContent()).toBe(language === 'en' ? 'Keyboard shortcuts' : 'Phím tắt');
      const rows = await rowLayouts();
      expect(rows.length).toBeGreaterThan(10);
      for (const row of rows) expect(row).toEqual({ text: row.text, nameOneLine: true, keysOneLine: true, apart: true, inside: true });
      // The row that wrapped (issue #12) is there, whole.
      expect(rows.map((row) => row.text)).toContainEqual(expect.stringContaining(language === 'en' ? 'Back to the library' : 'Về thư viện'));
      const box = (await sheet.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(1024);
      expect(box.y + box.height).toBeLessThanOrEqual(700);
      await harness.screenshot(`83-shortcuts-1024-${language}`);
      await page.keyboard.press('Escape');
      await sheet.waitFor({ state: 'detached' });
    });
  }
});
