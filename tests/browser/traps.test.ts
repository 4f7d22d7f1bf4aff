// Small traps: an untouched new article does not stay behind, "Empty trash" waits for something to empty,
// a paste from Word leaves the console clean, and pre-flight mentions a missing sapo.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './browserHarness';
import { caretAtEndOfParagraph } from './editorSession';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
  await harness.page.goto(harness.server.pageUrl);
  await harness.page.getByTestId('new-article').waitFor();
});
afterAll(async () => {
  await harness?.close();
});

const wordHtml = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{margin:0cm;font-family:"Times New Roman"}</style></head>
<body lang=VI style='tab-interval:36.0pt'><p class=MsoNormal style='margin-bottom:6.0pt'><b><span style='font-size:13.0pt'>Hà Nội</span></b><span style='font-size:13.0pt'> – Hội nghị </span><span style="font-style:italic">thường niên</span> diễn ra sáng nay.</p>
<p class=MsoNormal onclick="alert(1)"><span style='mso-bidi-font-weight:bold'>Đoạn thứ hai.</span></p></body></html>`;

describe('an untouched new article', () => {
  it('is discarded when left, while one with a headline stays', async () => {
    const { page, library } = harness;
    const before = library.articles.list().length;
    await page.getByTestId('new-article').click();
    await page.getByTestId('headline').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('library-list').waitFor();
    await expect.poll(() => library.articles.list().length).toBe(before);
    await expect.poll(() => page.getByTestId('library-list').getAttribute('data-total')).toBe(String(before));

    await page.getByTestId('new-article').click();
    await page.getByTestId('headline').waitFor();
    await page.keyboard.type('Tin giữ lại');
    await page.locator('[data-save-state="saved"]').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('library-list').waitFor();
    await page.waitForTimeout(300);
    expect(library.articles.list().map((article) => article.headline)).toContain('Tin giữ lại');
  });
});

describe('the trash', () => {
  it('offers "Empty trash" only when there is something in it', async () => {
    const { page } = harness;
    await page.getByTestId('tab-trash').click();
    await page.getByText('Thùng rác trống', { exact: false }).or(page.getByText('The trash is empty', { exact: false })).first().waitFor();
    expect(await page.getByTestId('empty-trash').isDisabled()).toBe(true);
    await page.getByTestId('tab-library').click();
  });
});

describe('a paste from Word', () => {
  it('keeps bold and italic, drops the styles, and logs nothing to the console', async () => {
    const { page } = harness;
    await page.locator('.library-row .library-headline', { hasText: 'Tin giữ lại' }).click();
    await page.locator('.article-body').waitFor();
    await caretAtEndOfParagraph(page, 0);
    await page.evaluate((html) => {
      const transfer = new DataTransfer();
      transfer.setData('text/html', html);
      transfer.setData('text/plain', 'Hà Nội – Hội nghị thường niên diễn ra sáng nay.');
      document.querySelector('.article-body')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    }, wordHtml);
    await page.locator('.article-body strong').first().waitFor();
    const html = await page.locator('.article-body').innerHTML();
    expect(html).toContain('<strong>Hà Nội</strong>');
    expect(html).toContain('<em>thường niên</em>');
    expect(html).toContain('Đoạn thứ hai.');
    expect(html).not.toMatch(/style=|onclick|data-pasted|MsoNormal/);
    await page.waitForTimeout(200);
    expect(harness.pageErrors).toEqual([]);
  });
});

describe('pre-flight', () => {
  it('mentions a missing sapo', async () => {
    const { page } = harness;
    await page.getByTestId('open-export').click();
    const preflight = page.getByTestId('preflight');
    await preflight.locator('li[data-code="emptySapo"]').waitFor();
    expect(await preflight.locator('li[data-code="emptySapo"]').textContent()).toBe('No sapo');
    await page.keyboard.press('Escape');
  });
});
