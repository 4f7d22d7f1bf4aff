// The library in the real renderer over a real library of 31 Vietnamese articles: search as you type with an
// unmarked query finds the marked text, hits are <mark>ed as text (never HTML), Enter or a click opens the
// article; the list sorts in Vietnamese order (Đ after D, before E); filters narrow it; delete goes to the
// trash without a question and comes back with Restore or Undo; emptying the trash asks first; English and
// Vietnamese screens.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleStatus } from '../../contract/schemas/article';
import type { NewArticle } from '../../store/articleStore';
import { docOf, seedHeadline } from '../helpers/seed';
import { startHarness, type Harness } from './browserHarness';
import { seedArticleFields } from './seedArticle';

interface Fixture extends NewArticle {
  headline: string;
  status?: ArticleStatus;
}

const htmlHeadline = '<b>Đảng</b> Trung ương & <img src=x onerror="window.__pwned=1"> trong tiêu đề';

/** Headlines chosen so Vietnamese order differs from code-point order: Ă and Â after A, Đ between D and E. */
const fixtures: Fixture[] = [
  { ...seedArticleFields(), headline: seedHeadline, section: 'Chính trị', tags: ['thi đua', 'Đảng'], status: 'filed' },
  {
    headline: 'Ban Dân vận tổng kết công tác năm',
    sapo: 'Hội nghị trực tuyến với các tỉnh, thành ủy.',
    body: docOf(['Các cơ quan Đảng Trung ương cùng dự hội nghị tổng kết.', 'Nhiều mô hình dân vận khéo được biểu dương.']),
    section: 'Chính trị',
    dateline: { place: 'Hà Nội', date: '2024-06-20' },
    status: 'ready',
  },
  { headline: htmlHeadline, body: docOf(['Tiêu đề này trông như HTML nhưng chỉ là chữ.']), section: 'Thời sự', dateline: { place: '', date: '2024-05-02' } },
  { headline: 'Đà Nẵng khai trương tuyến xe buýt điện', section: 'Thời sự', dateline: { place: 'Đà Nẵng', date: '2024-06-03' } },
  { headline: 'Đường sắt Bắc – Nam tăng chuyến dịp hè', section: 'Kinh tế', dateline: { place: 'Hà Nội', date: '2024-06-10' }, tags: ['giao thông'] },
  { headline: 'Dương Đông đón khách du lịch quốc tế', section: 'Du lịch', dateline: { place: 'Phú Quốc', date: '2024-07-01' } },
  { headline: 'Du lịch Hạ Long phục hồi mạnh', section: 'Du lịch', dateline: { place: 'Quảng Ninh', date: '2024-06-28' } },
  { headline: 'Dân vận khéo ở vùng cao Hà Giang', section: 'Xã hội', dateline: { place: 'Hà Giang', date: '2024-05-18' } },
  { headline: 'Đại hội Thể dục thể thao toàn quốc lần thứ X', section: 'Thể thao', dateline: { place: 'Hà Nội', date: '2024-04-12' } },
  { headline: 'Điện lực miền Bắc bảo đảm cấp điện mùa nắng nóng', section: 'Kinh tế', dateline: { place: 'Hà Nội', date: '2024-06-15' } },
  { headline: 'Ăn Tết an toàn trên mọi miền quê', section: 'Xã hội', dateline: { place: '', date: '2024-02-05' } },
  { headline: 'An Giang mở rộng vùng lúa chất lượng cao', section: 'Kinh tế', dateline: { place: 'An Giang', date: '2024-03-21' } },
  { headline: 'Âm nhạc dân gian vào trường học', section: 'Văn hóa', dateline: { place: 'Huế', date: '2024-03-30' } },
  { headline: 'Bão số 3 đổ bộ vào Quảng Ninh', section: 'Thời sự', dateline: { place: 'Quảng Ninh', date: '2024-09-07' } },
  { headline: 'Cà phê Tây Nguyên được mùa, được giá', section: 'Kinh tế', dateline: { place: 'Đắk Lắk', date: '2024-06-25' }, tags: ['nông nghiệp'] },
  { headline: 'Em bé vùng lũ trở lại lớp học', section: 'Xã hội', dateline: { place: 'Yên Bái', date: '2024-09-20' } },
  { headline: 'Giá xăng giảm lần thứ ba liên tiếp', section: 'Kinh tế', dateline: { place: 'Hà Nội', date: '2024-06-13' } },
  { headline: 'Hà Nội thí điểm phố đi bộ mới', section: 'Thời sự', dateline: { place: 'Hà Nội', date: '2024-06-08' } },
  { headline: 'Khánh thành cầu Mỹ Thuận 2', section: 'Kinh tế', dateline: { place: 'Vĩnh Long', date: '2024-05-27' } },
  { headline: 'Lễ hội pháo hoa quốc tế Đà Nẵng khai mạc', section: 'Du lịch', dateline: { place: 'Đà Nẵng', date: '2024-06-08' } },
  { headline: 'Mùa vàng trên ruộng bậc thang Mù Cang Chải', section: 'Du lịch', dateline: { place: 'Yên Bái', date: '2024-09-15' } },
  { headline: 'Nông dân Đồng Tháp trúng mùa sen', section: 'Kinh tế', dateline: { place: 'Đồng Tháp', date: '2024-07-10' }, tags: ['nông nghiệp'] },
  { headline: 'Ô nhiễm không khí ở các đô thị lớn', section: 'Môi trường', dateline: { place: '', date: '2024-01-15' } },
  { headline: 'Phú Quốc đón chuyến bay thẳng từ châu Âu', section: 'Du lịch', dateline: { place: 'Phú Quốc', date: '2024-06-05' } },
  { headline: 'Quảng Nam bảo tồn phố cổ Hội An', section: 'Văn hóa', dateline: { place: 'Quảng Nam', date: '2024-04-02' } },
  { headline: 'Sơn La xuất khẩu xoài sang Úc', section: 'Kinh tế', dateline: { place: 'Sơn La', date: '2024-06-18' }, tags: ['nông nghiệp'] },
  { headline: 'Thủy điện Hòa Bình mở cửa xả đáy', section: 'Thời sự', dateline: { place: 'Hòa Bình', date: '2024-07-24' } },
  { headline: 'Ứng dụng trí tuệ nhân tạo trong y tế', section: 'Khoa học', dateline: { place: '', date: '2024-05-09' } },
  { headline: 'Vịnh Hạ Long đón lượt khách thứ một triệu', section: 'Du lịch', dateline: { place: 'Quảng Ninh', date: '2024-08-01' } },
  { headline: 'Xuân về trên biên giới', section: 'Xã hội', dateline: { place: 'Lạng Sơn', date: '2024-02-10' } },
  {
    headline: 'Ê-đê giữ nghề dệt thổ cẩm',
    sapo: 'Những khung cửi vẫn đều tay ở buôn làng.',
    section: 'Văn hóa',
    dateline: { place: 'Đắk Lắk', date: '2024-03-08' },
  },
];

const vietnamese = new Intl.Collator('vi');
let harness: Harness;
const ids = new Map<string, number>();

beforeAll(async () => {
  harness = await startHarness();
  for (const { status, ...fields } of fixtures) {
    const body = fields.body ?? docOf([`${fields.headline}.`, 'Phóng viên ghi nhận tại địa phương trong tuần qua.']);
    const article = harness.library.articles.create({ ...fields, body });
    if (status === 'ready' || status === 'filed') harness.library.articles.setStatus(article.id, 'ready');
    if (status === 'filed') harness.library.articles.setStatus(article.id, 'filed');
    ids.set(fields.headline, article.id);
  }
});
afterAll(async () => {
  await harness?.close();
});

const idOf = (headline: string) => ids.get(headline)!;

/** The rows in the DOM, in list order. */
async function renderedRows(): Promise<{ index: number; id: number; headline: string }[]> {
  const rows = await harness.page.locator('[data-testid="library-viewport"] [role="row"][data-article-id]').evaluateAll((elements) =>
    elements.map((element) => ({
      index: Number((element as HTMLElement).dataset.rowIndex),
      id: Number((element as HTMLElement).dataset.articleId),
      headline: element.querySelector('.library-headline')?.textContent ?? '',
    })),
  );
  return rows.sort((a, b) => a.index - b.index);
}

/** Every row of the list, read by scrolling the viewport through it (only a window is in the DOM at a time). */
async function allRows(): Promise<string[]> {
  const { page } = harness;
  const viewport = page.getByTestId('library-viewport');
  const total = Number(await page.getByTestId('library-list').getAttribute('data-total'));
  const seen = new Map<number, string>();
  for (let scrollTop = 0; seen.size < total; scrollTop += 300) {
    await viewport.evaluate((element, top) => (element.scrollTop = top), scrollTop);
    await expect.poll(async () => (await renderedRows()).some((row) => row.index >= Math.floor(scrollTop / 60))).toBe(true);
    for (const row of await renderedRows()) seen.set(row.index, row.headline);
  }
  await viewport.evaluate((element) => (element.scrollTop = 0));
  return [...seen.entries()].sort(([a], [b]) => a - b).map(([, headline]) => headline);
}

async function search(text: string): Promise<void> {
  const box = harness.page.getByTestId('library-search');
  await box.fill('');
  await box.click();
  await harness.page.keyboard.type(text);
  await harness.page.locator(`[data-testid="search-results"][data-query="${text}"]`).waitFor();
}

describe('the library list', () => {
  it('shows headline, sapo, status, section, dateline date and last change for each article', async () => {
    const { page } = harness;
    await page.goto(harness.server.pageUrl);
    // Newest change first: the last article created heads the list.
    const row = page.locator(`[role="row"][data-article-id="${idOf('Ê-đê giữ nghề dệt thổ cẩm')}"]`);
    await row.waitFor();
    expect(await row.getAttribute('data-row-index')).toBe('0');
    expect(await page.getByTestId('library-list').getAttribute('data-total')).toBe(String(fixtures.length));
    const cells = await row.getByRole('cell').allTextContents();
    expect(cells[0]).toBe('Ê-đê giữ nghề dệt thổ cẩmNhững khung cửi vẫn đều tay ở buôn làng.');
    expect(cells.slice(1, 4)).toEqual(['Draft', 'Văn hóa', 'Friday, 8 March 2024']);
    expect(cells[4]).toMatch(/\d{4}, \d{2}:\d{2}$/);
    expect(await page.getByRole('columnheader').allTextContents()).toEqual(['Headline', 'Status', 'Section', 'Dateline', 'Last change', 'Actions']);
    await harness.screenshot('40-library-en');
  });

  it('sorts by headline in Vietnamese order: Ă and Â after A, Đ after D and before E', async () => {
    const { page } = harness;
    await page.getByTestId('library-sort').selectOption('headline');
    await expect.poll(async () => (await renderedRows())[0]?.headline).toBe(htmlHeadline);
    const headlines = await allRows();
    const expected = fixtures.map((fixture) => fixture.headline).sort(vietnamese.compare);
    expect(headlines).toEqual(expected);
    const first = (letter: string) => headlines.findIndex((headline) => headline.startsWith(letter));
    const last = (letter: string) => headlines.findLastIndex((headline) => headline.startsWith(letter));
    expect(last('A')).toBeLessThan(first('Ă'));
    expect(last('Ă')).toBeLessThan(first('Â'));
    expect(last('D')).toBeLessThan(first('Đ'));
    expect(last('Đ')).toBeLessThan(first('E'));
    expect(headlines.indexOf('Dương Đông đón khách du lịch quốc tế')).toBeLessThan(headlines.indexOf('Đà Nẵng khai trương tuyến xe buýt điện'));

    await page.getByTestId('library-direction').click();
    expect(await page.getByTestId('library-direction').textContent()).toBe('Z to A');
    await expect.poll(async () => (await renderedRows())[0]?.headline).toBe(expected.at(-1));
    await page.getByTestId('library-direction').click();
  });

  it('filters by status, section, tag and dateline range, and clears the filters', async () => {
    const { page } = harness;
    const shownIds = async () => (await renderedRows()).map((row) => row.id).sort((a, b) => a - b);
    await page.getByTestId('filter-status').selectOption('ready');
    await expect.poll(shownIds).toEqual([idOf('Ban Dân vận tổng kết công tác năm')]);
    await page.getByTestId('filter-status').selectOption('');

    const sectionOptions = await page.getByTestId('filter-section').locator('option').allTextContents();
    expect(sectionOptions).toContain('Du lịch (6)');
    await page.getByTestId('filter-section').selectOption('Du lịch');
    await expect.poll(async () => (await shownIds()).length).toBe(6);
    await page.getByTestId('filter-tag').selectOption('nông nghiệp'); // no travel article carries it
    await page.getByText('No articles match these filters.').waitFor();
    await page.getByTestId('filter-section').selectOption('');
    await expect.poll(async () => (await shownIds()).length).toBe(3);

    await page.getByTestId('filter-clear').click();
    await page.getByTestId('filter-from').fill('2024-06-01');
    await page.getByTestId('filter-to').fill('2024-06-30');
    const june = fixtures.filter((fixture) => fixture.dateline?.date?.startsWith('2024-06')).map((fixture) => idOf(fixture.headline));
    await expect.poll(shownIds).toEqual(june.sort((a, b) => a - b));
    await page.getByTestId('filter-clear').click();
    await expect.poll(async () => (await page.getByTestId('library-list').getAttribute('data-total')) ?? '').toBe(String(fixtures.length));
  });
});

describe('search as you type', () => {
  it('finds “Đảng Trung ương” from the unmarked query “dang trung uong”, with the hits in <mark>', async () => {
    const { page } = harness;
    await search('dang trung uong');
    const seedHit = page.locator(`.search-hit[data-article-id="${idOf(seedHeadline)}"]`);
    await seedHit.waitFor();
    const marked = await seedHit.locator('.search-hit-headline mark').allTextContents();
    expect(marked.join(' ')).toMatch(/Đảng.*Trung.*ương/);
    expect(await page.locator(`.search-hit[data-article-id="${idOf('Ban Dân vận tổng kết công tác năm')}"] .search-hit-snippet mark`).count()).toBeGreaterThan(0);
    const hitIds = await page.locator('.search-hit').evaluateAll((items) => items.map((item) => Number((item as HTMLElement).dataset.articleId)));
    expect(new Set(hitIds)).toEqual(new Set([idOf(seedHeadline), idOf('Ban Dân vận tổng kết công tác năm'), idOf(htmlHeadline)]));
    expect(await page.getByTestId('search-count').textContent()).toMatch(/^3 results for “dang trung uong”/);
    await harness.screenshot('41-library-search-en');
  });

  it('shows a headline that looks like HTML as text, and runs none of it', async () => {
    const { page } = harness;
    const hit = page.locator(`.search-hit[data-article-id="${idOf(htmlHeadline)}"]`);
    expect(await hit.locator('.search-hit-headline').textContent()).toBe(htmlHeadline);
    expect(await hit.locator('b, img').count()).toBe(0);
    expect(await hit.locator('mark').first().textContent()).toBe('Đảng');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it('opens a hit with a click and lands in its editor; coming back keeps the search', async () => {
    const { page } = harness;
    await page.locator(`.search-hit[data-article-id="${idOf(seedHeadline)}"]`).click();
    await expect.poll(() => page.url()).toContain(`#/articles/${idOf(seedHeadline)}`);
    await expect.poll(() => page.getByTestId('headline').inputValue()).toBe(seedHeadline);
    await page.getByTestId('back').click();
    expect(await page.getByTestId('library-search').inputValue()).toBe('dang trung uong');
    await page.locator('.search-hit').first().waitFor();
  });

  it('chooses a hit with ↓ and opens it with Enter', async () => {
    const { page } = harness;
    const hitIds = await page.locator('.search-hit').evaluateAll((items) => items.map((item) => Number((item as HTMLElement).dataset.articleId)));
    await page.getByTestId('library-search').focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('.search-hit[aria-selected="true"]').getAttribute('data-article-id')).toBe(String(hitIds[1]));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain(`#/articles/${hitIds[1]}`);
    await page.getByTestId('back').click();
  });

  it('Escape clears the box and brings the list back; a query with no match says so', async () => {
    const { page } = harness;
    await page.getByTestId('library-search').focus();
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('library-search').inputValue()).toBe('');
    await page.getByTestId('library-list').waitFor();
    expect(await page.getByTestId('search-results').count()).toBe(0);

    const nothing = 'tàu ngầm hạt nhân';
    expect(harness.library.search.search({ query: nothing, limit: 5 })).toEqual([]);
    await search(nothing);
    expect(await page.getByTestId('search-count').textContent()).toBe(`Nothing in the library matches “${nothing}”. Try fewer or shorter words.`);
    expect(await page.locator('.search-hit').count()).toBe(0);
    await page.keyboard.press('Escape');
    await page.getByTestId('library-list').waitFor();
  });

  it('finds a word still being typed: “thuy dien hoa bi” finds “Thủy điện Hòa Bình”', async () => {
    const { page } = harness;
    await search('thuy dien hoa bi');
    await page.locator(`.search-hit[data-article-id="${idOf('Thủy điện Hòa Bình mở cửa xả đáy')}"]`).waitFor();
    await page.keyboard.press('Escape');
  });
});

describe('the trash', () => {
  // Articles created last, so they are in the first screenful once the list is back to newest change first.
  const victim = 'Vịnh Hạ Long đón lượt khách thứ một triệu';
  const row = (headline: string) => harness.page.locator(`[data-testid="library-viewport"] [role="row"][data-article-id="${idOf(headline)}"]`);

  it('moves a deleted article to the trash at once, and Restore brings it back', async () => {
    const { page } = harness;
    await page.getByTestId('library-sort').selectOption('updated');
    await row(victim).waitFor();
    await page.getByRole('button', { name: `Delete “${victim}”` }).click();
    await row(victim).waitFor({ state: 'detached' });
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await page.getByRole('status').textContent()).toContain(`“${victim}” moved to the trash.`);
    expect(harness.library.articles.list().some((article) => article.headline === victim)).toBe(false);
    await expect.poll(() => page.getByTestId('tab-trash').textContent()).toBe('Trash (1)');
    expect(await page.getByTestId('library-list').getAttribute('data-total')).toBe(String(fixtures.length - 1));

    await page.getByTestId('tab-trash').click();
    await row(victim).waitFor();
    expect(await row(victim).locator('.library-sapo').textContent()).toMatch(/^Deleted /);
    await harness.screenshot('42-trash-en');
    await page.getByRole('button', { name: `Restore “${victim}”` }).click();
    await page.getByText('The trash is empty.').waitFor();
    expect(await page.getByRole('status').textContent()).toBe(`“${victim}” is back in the library.`);
    await page.getByTestId('tab-library').click();
    await row(victim).waitFor();
    expect(harness.library.articles.list().some((article) => article.headline === victim)).toBe(true);
  });

  it('undoes a delete from the notice', async () => {
    const { page } = harness;
    await page.getByRole('button', { name: `Delete “${victim}”` }).click();
    await row(victim).waitFor({ state: 'detached' });
    await page.getByTestId('undo-delete').click();
    await row(victim).waitFor();
    await expect.poll(() => page.getByTestId('tab-trash').textContent()).toBe('Trash');
  });

  it('empties the trash only after confirmation, for good', async () => {
    const { page } = harness;
    const doomed = ['Xuân về trên biên giới', 'Ô nhiễm không khí ở các đô thị lớn'];
    for (const headline of doomed) {
      await row(headline).waitFor();
      await page.getByRole('button', { name: `Delete “${headline}”` }).click();
      await row(headline).waitFor({ state: 'detached' });
    }
    await page.getByTestId('tab-trash').click();
    await expect.poll(async () => (await renderedRows()).length).toBe(2);

    await page.getByTestId('empty-trash').click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.getByRole('heading').textContent()).toBe('Empty the trash?');
    expect(await dialog.locator('p').textContent()).toBe('2 articles in the trash will be deleted for good. This cannot be undone.');
    await harness.screenshot('43-empty-trash-confirm-en');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(harness.library.queries.page({ trash: true, sort: 'updated', offset: 0, limit: 10 }).total).toBe(2);

    await page.getByTestId('empty-trash').click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete for good' }).click();
    await page.getByText('The trash is empty.').waitFor();
    expect(await page.getByRole('status').textContent()).toBe('2 articles deleted for good.');
    expect(harness.library.queries.page({ trash: true, sort: 'updated', offset: 0, limit: 10 }).total).toBe(0);
    for (const headline of doomed) {
      expect(() => harness.library.articles.get(idOf(headline))).toThrow(expect.objectContaining({ code: 'articleNotFound' }));
    }
    await page.getByTestId('tab-library').click();
  });
});

describe('in Vietnamese', () => {
  it('translates the list, its dates, the search and the trash', async () => {
    const { page } = harness;
    await page.getByTestId('language').selectOption('vi');
    await expect.poll(() => page.getByTestId('tab-library').textContent()).toBe('Bài viết');
    expect(await page.getByRole('columnheader').allTextContents()).toEqual(['Tiêu đề', 'Trạng thái', 'Chuyên mục', 'Ngày đưa tin', 'Sửa lần cuối', 'Thao tác']);
    await page.getByTestId('library-sort').selectOption('dateline');
    const seedRow = page.locator(`[role="row"][data-article-id="${idOf(seedHeadline)}"]`);
    await seedRow.waitFor();
    expect(await seedRow.getByRole('cell').nth(1).textContent()).toBe('Đã gửi');
    expect(await seedRow.getByRole('cell').nth(3).textContent()).toBe('Thứ Bảy, 22/6/2024');
    expect(await page.locator('.count').textContent()).toBe(`${fixtures.length - 2} bài`);
    await harness.screenshot('44-library-vi');

    await search('dang trung uong');
    expect(await page.getByTestId('search-count').textContent()).toMatch(/^3 kết quả cho “dang trung uong”/);
    await harness.screenshot('45-library-search-vi');
    await page.keyboard.press('Escape');

    await page.getByTestId('tab-trash').click();
    await page.getByText('Thùng rác trống.').waitFor();
    expect(await page.getByTestId('empty-trash').textContent()).toBe('Dọn sạch thùng rác');
    await page.getByTestId('tab-library').click();
    await page.getByTestId('language').selectOption('en');
  });

  it('loaded nothing from outside the loopback origin and logged no error', () => {
    expect(harness.requests.filter((url) => !url.startsWith(harness.server.origin))).toEqual([]);
    expect(harness.pageErrors).toEqual([]);
  });
});
