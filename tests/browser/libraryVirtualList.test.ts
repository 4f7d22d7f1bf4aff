// The library list is virtualised: with 5,000 articles the DOM holds a screenful of rows, the scrollbar is
// as long as all of them, and a jump to the middle fetches the pages at that offset — not the ones before
// it — and shows exactly the rows the store has there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docOf } from '../helpers/seed';
import { startHarness, type Harness } from './browserHarness';

const total = 5000;
const rowHeight = 60;
const places = ['Hà Nội', 'Đà Nẵng', 'Huế', 'Cần Thơ', 'Hải Phòng', 'Đắk Lắk', 'Quảng Ninh', 'Lạng Sơn'];
const topics = ['Hội nghị', 'Lễ hội', 'Đường sắt', 'Giá lúa', 'Bão lũ', 'Trường học', 'Bệnh viện', 'Cầu mới'];
const sections = ['Thời sự', 'Kinh tế', 'Xã hội', 'Văn hóa'];

let harness: Harness;
/** What the renderer asked library:query for, in order. */
const queries: { offset?: number; limit?: number; trash?: boolean }[] = [];

beforeAll(async () => {
  harness = await startHarness();
  const { library } = harness;
  library.db.transaction(() => {
    for (let n = 0; n < total; n += 1) {
      const place = places[n % places.length]!;
      const topic = topics[Math.floor(n / places.length) % topics.length]!;
      const day = String((n % 28) + 1).padStart(2, '0');
      library.articles.create({
        headline: `${topic} ở ${place}: bản tin số ${String(n).padStart(4, '0')}`,
        sapo: `Tin ${place} ngày ${day}/6/2024.`,
        body: docOf([`${topic} tại ${place} thu hút đông đảo người dân.`]),
        section: sections[n % sections.length]!,
        dateline: { place, date: `2024-06-${day}` },
      });
    }
  })();
  harness.page.on('request', (request) => {
    if (request.url().endsWith('/api/library%3Aquery')) queries.push(request.postDataJSON() as (typeof queries)[number]);
  });
});
afterAll(async () => {
  await harness?.close();
});

const viewport = () => harness.page.getByTestId('library-viewport');
const rowsInDom = () => harness.page.locator('[data-testid="library-viewport"] [role="row"]');

async function renderedRows(): Promise<{ index: number; id: number; headline: string }[]> {
  const rows = await rowsInDom().evaluateAll((elements) =>
    elements
      .filter((element) => (element as HTMLElement).dataset.articleId)
      .map((element) => ({
        index: Number((element as HTMLElement).dataset.rowIndex),
        id: Number((element as HTMLElement).dataset.articleId),
        headline: element.querySelector('.library-headline')?.textContent ?? '',
      })),
  );
  return rows.sort((a, b) => a.index - b.index);
}

/** The rows the store has at [offset, offset + count), newest change first (the list's default). */
function storeRows(offset: number, count: number) {
  return harness.library.queries.page({ sort: 'updated', trash: false, offset, limit: count }).rows.map((row) => ({ id: row.id, headline: row.headline }));
}

describe('the virtualised library list', () => {
  it('puts a screenful of rows in the DOM, not 5,000, with a scrollbar as long as all of them', async () => {
    const { page } = harness;
    await page.goto(harness.server.pageUrl);
    await page.locator('[role="row"][data-row-index="0"][data-article-id]').waitFor();
    expect(await page.getByTestId('library-list').getAttribute('data-total')).toBe(String(total));
    const inDom = await rowsInDom().count();
    expect(inDom).toBeGreaterThan(5);
    expect(inDom).toBeLessThan(40);
    expect(await viewport().evaluate((element) => element.scrollHeight)).toBe(total * rowHeight);
    const shown = await renderedRows();
    expect(shown.map(({ id, headline }) => ({ id, headline }))).toEqual(storeRows(0, shown.length));
    // The first screen cost one page of rows.
    expect(queries.filter((query) => !query.trash).map((query) => query.offset ?? 0)).toEqual([0]);
    await harness.screenshot('46-library-5000-top-en');
  });

  it('jumps to the middle with the pages at that offset and shows the store’s rows there', async () => {
    const { page } = harness;
    const asked = queries.length;
    const middle = total / 2;
    await viewport().evaluate((element, top) => (element.scrollTop = top), middle * rowHeight);
    await page.locator(`[role="row"][data-row-index="${middle}"][data-article-id]`).waitFor();
    const shown = await renderedRows();
    expect(shown[0]!.index).toBeLessThanOrEqual(middle);
    expect(shown.at(-1)!.index).toBeGreaterThan(middle + 5);
    expect(shown.map(({ id, headline }) => ({ id, headline }))).toEqual(storeRows(shown[0]!.index, shown.length));
    expect(await rowsInDom().count()).toBeLessThan(40);
    // Only the pages around row 2,500 were fetched, by offset: none of the 24 pages scrolled past.
    const offsets = queries.slice(asked).map((query) => query.offset ?? 0);
    expect(offsets.length).toBeGreaterThan(0);
    expect(offsets.length).toBeLessThanOrEqual(2);
    for (const offset of offsets) expect(offset).toBeGreaterThanOrEqual(middle - 100);
    await harness.screenshot('47-library-5000-middle-en');
  });

  it('reaches the last row at the bottom', async () => {
    const { page } = harness;
    await viewport().evaluate((element) => (element.scrollTop = element.scrollHeight));
    await page.locator(`[role="row"][data-row-index="${total - 1}"][data-article-id]`).waitFor();
    const last = (await renderedRows()).at(-1)!;
    expect(last.index).toBe(total - 1);
    expect({ id: last.id, headline: last.headline }).toEqual(storeRows(total - 1, 1)[0]);
  });

  it('comes back to the same place after opening an article', async () => {
    const { page } = harness;
    const middle = 1234;
    await viewport().evaluate((element, top) => (element.scrollTop = top), middle * rowHeight);
    const row = page.locator(`[role="row"][data-row-index="${middle}"][data-article-id]`);
    await row.waitFor();
    const id = await row.getAttribute('data-article-id');
    await row.locator('.headline-link').click();
    await expect.poll(() => page.url()).toContain(`#/articles/${id}`);
    await page.getByTestId('back').click();
    await page.locator(`[role="row"][data-row-index="${middle}"][data-article-id="${id}"]`).waitFor();
    expect(await viewport().evaluate((element) => element.scrollTop)).toBe(middle * rowHeight);
  });

  it('logged no error', () => {
    expect(harness.pageErrors).toEqual([]);
  });
});
