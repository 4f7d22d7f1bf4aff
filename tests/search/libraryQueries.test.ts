// The library list: sorts (Vietnamese headline order included), filters, pages, totals, the trash and the
// filter pickers; and, from EXPLAIN QUERY PLAN, that every sort and filter is served by an index.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleStatus } from '../../contract/schemas/article';
import { librarySorts, type LibraryQuery } from '../../contract/schemas/library';
import { openLibrary, type Library } from '../../library/openLibrary';
import { useTempDirs } from '../helpers/tempDir';

const tempDir = useTempDirs('newsdesk-library');
let library: Library;

beforeEach(() => {
  library = openLibrary(tempDir());
});

afterEach(() => {
  library.close();
});

const query = (overrides: Partial<LibraryQuery> = {}): LibraryQuery => ({ sort: 'updated', trash: false, offset: 0, limit: 100, ...overrides });
const page = (overrides: Partial<LibraryQuery> = {}) => library.queries.page(query(overrides));
const idsOf = (overrides: Partial<LibraryQuery> = {}) => page(overrides).rows.map((row) => row.id);
const collator = new Intl.Collator('vi');

interface Fixture {
  headline: string;
  status: ArticleStatus;
  section: string;
  date: string | null;
  tags: string[];
}

const fixtures: Fixture[] = [
  { headline: 'Đà Nẵng đón khách', status: 'filed', section: 'Du lịch', date: '2024-06-20', tags: ['du lịch'] },
  { headline: 'Dương liễu ven sông', status: 'draft', section: 'Văn hóa', date: '2023-01-05', tags: [] },
  { headline: 'Duy trì tăng trưởng', status: 'ready', section: 'Kinh tế', date: '2024-06-22', tags: ['kinh tế', 'GDP'] },
  { headline: 'ăn Tết an toàn', status: 'draft', section: 'Xã hội', date: null, tags: ['Tết'] },
  { headline: 'An Giang mùa nước nổi', status: 'filed', section: 'Du lịch', date: '2022-09-15', tags: ['du lịch'] },
  { headline: 'Âm nhạc dân tộc', status: 'filed', section: 'Văn hóa', date: '2024-01-30', tags: [] },
  { headline: 'Bảo hiểm y tế', status: 'ready', section: 'Y tế', date: '2024-03-01', tags: ['bảo hiểm'] },
  { headline: 'Zalo và chuyển đổi số', status: 'draft', section: 'Công nghệ', date: '2024-06-21', tags: ['chuyển đổi số'] },
  { headline: 'ơn nghĩa', status: 'filed', section: 'Xã hội', date: '2021-12-31', tags: [] },
  { headline: 'Ông già Noel', status: 'draft', section: 'Xã hội', date: '2024-12-24', tags: ['Tết'] },
];

function addFixtures(): Map<string, number> {
  const byHeadline = new Map<string, number>();
  for (const fixture of fixtures) {
    const { id } = library.articles.create({
      headline: fixture.headline,
      section: fixture.section,
      tags: fixture.tags,
      dateline: fixture.date ? { place: 'Hà Nội', date: fixture.date } : null,
    });
    if (fixture.status !== 'draft') library.articles.setStatus(id, 'ready');
    if (fixture.status === 'filed') library.articles.setStatus(id, 'filed');
    byHeadline.set(fixture.headline, id);
  }
  return byHeadline;
}

describe('sorting', () => {
  it('sorts headlines in Vietnamese order (Đ after D, ă and â after a), both ways', () => {
    addFixtures();
    const headlines = page({ sort: 'headline' }).rows.map((row) => row.headline);
    expect(headlines).toEqual(fixtures.map((f) => f.headline).sort(collator.compare));
    expect(headlines.indexOf('Đà Nẵng đón khách')).toBeGreaterThan(headlines.indexOf('Duy trì tăng trưởng'));
    expect(page({ sort: 'headline', direction: 'desc' }).rows.map((row) => row.headline)).toEqual([...headlines].reverse());
  });

  it('re-sorts an article whose headline changes', () => {
    const ids = addFixtures();
    library.articles.update(ids.get('Zalo và chuyển đổi số')!, { headline: 'Ăn uống lành mạnh' });
    expect(page({ sort: 'headline' }).rows.slice(0, 3).map((row) => row.headline)).toEqual(['An Giang mùa nước nổi', 'ăn Tết an toàn', 'Ăn uống lành mạnh']);
  });

  it('sorts by last change and by creation, newest first unless asked', () => {
    const ids = addFixtures();
    const created = [...ids.values()];
    expect(idsOf({ sort: 'created' })).toEqual([...created].reverse());
    expect(idsOf({ sort: 'created', direction: 'asc' })).toEqual(created);
    const touched = ids.get('An Giang mùa nước nổi')!;
    library.articles.update(touched, { sapo: 'Mùa nước nổi về sớm' });
    expect(idsOf({ sort: 'updated' })[0]).toBe(touched);
    expect(idsOf({ sort: 'created' })[0]).not.toBe(touched);
  });

  it('sorts by dateline date, newest first, undated last', () => {
    const ids = addFixtures();
    const dated = fixtures.filter((f) => f.date).sort((a, b) => b.date!.localeCompare(a.date!));
    const order = idsOf({ sort: 'dateline' });
    expect(order.slice(0, dated.length)).toEqual(dated.map((f) => ids.get(f.headline)));
    expect(order.at(-1)).toBe(ids.get('ăn Tết an toàn'));
  });
});

describe('filters and pages', () => {
  it('filters by status, section, tag and dateline range, alone and together, with the right totals', () => {
    addFixtures();
    const headlinesOf = (overrides: Partial<LibraryQuery>) => page({ sort: 'headline', ...overrides }).rows.map((row) => row.headline);
    expect(page({ status: 'draft' }).total).toBe(4);
    expect(headlinesOf({ section: 'Du lịch' })).toEqual(['An Giang mùa nước nổi', 'Đà Nẵng đón khách']);
    expect(headlinesOf({ tag: 'Tết' })).toEqual(['ăn Tết an toàn', 'Ông già Noel']);
    expect(headlinesOf({ datelineFrom: '2024-06-20', datelineTo: '2024-06-22' })).toEqual(['Duy trì tăng trưởng', 'Đà Nẵng đón khách', 'Zalo và chuyển đổi số']);
    expect(headlinesOf({ status: 'draft', section: 'Xã hội', tag: 'Tết', datelineFrom: '2024-01-01' })).toEqual(['Ông già Noel']);
    expect(page({ section: 'Thể thao' })).toEqual({ total: 0, rows: [] });
    // Section and tag values arrive as typed: NFD and stray spaces still match.
    expect(page({ section: ' Văn hóa '.normalize('NFD') }).total).toBe(2);
  });

  it('pages through the whole order without gaps or repeats, the total unchanged', () => {
    for (let i = 0; i < 23; i++) library.articles.create({ headline: `Tin số ${i}` });
    const all = idsOf({ sort: 'headline', limit: 500 });
    const pages = [0, 1, 2, 3].map((n) => page({ sort: 'headline', offset: n * 7, limit: 7 }));
    expect(pages.map((p) => p.total)).toEqual([23, 23, 23, 23]);
    expect(pages.flatMap((p) => p.rows.map((row) => row.id))).toEqual(all);
    expect(pages[3]!.rows).toHaveLength(2);
    expect(page({ offset: 100 })).toEqual({ total: 23, rows: [] });
  });

  it('lists the trash apart, with when each article was deleted', () => {
    const ids = addFixtures();
    const gone = ids.get('Bảo hiểm y tế')!;
    library.articles.delete(gone);
    expect(idsOf()).not.toContain(gone);
    expect(page().total).toBe(fixtures.length - 1);
    const trash = page({ trash: true });
    expect(trash.total).toBe(1);
    expect(trash.rows[0]).toMatchObject({ id: gone, headline: 'Bảo hiểm y tế' });
    expect(Date.parse(trash.rows[0]!.deletedAt!)).toBeGreaterThan(Date.now() - 60_000);
    expect(page().rows.every((row) => row.deletedAt === null)).toBe(true);
    expect(page({ trash: true, status: 'ready' }).total).toBe(1);
    expect(page({ trash: true, status: 'draft' }).total).toBe(0);
  });
});

describe('filter pickers', () => {
  it('lists sections and tags of live articles in Vietnamese order with their counts', () => {
    const ids = addFixtures();
    library.articles.delete(ids.get('Bảo hiểm y tế')!);
    expect(library.queries.sections()).toEqual([
      { name: 'Công nghệ', count: 1 },
      { name: 'Du lịch', count: 2 },
      { name: 'Kinh tế', count: 1 },
      { name: 'Văn hóa', count: 2 },
      { name: 'Xã hội', count: 3 },
    ]);
    expect(library.queries.tags()).toEqual([
      { name: 'chuyển đổi số', count: 1 },
      { name: 'du lịch', count: 2 },
      { name: 'GDP', count: 1 },
      { name: 'kinh tế', count: 1 },
      { name: 'Tết', count: 2 },
    ]);
  });
});

describe('query plans', () => {
  const filters: [string, Partial<LibraryQuery>][] = [
    ['no filter', {}],
    ['status', { status: 'draft' }],
    ['section', { section: 'Xã hội' }],
    ['tag', { tag: 'Tết' }],
    ['dateline range', { datelineFrom: '2024-01-01', datelineTo: '2024-06-30' }],
    ['status and section', { status: 'filed', section: 'Du lịch' }],
  ];
  const cases = librarySorts.flatMap((sort) => (['asc', 'desc'] as const).flatMap((direction) => filters.map(([label, filter]) => ({ sort, direction, label, filter }))));

  function plan(sql: string, params: Record<string, string>): string[] {
    return library.db
      .prepare<Record<string, unknown>, { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
      .all({ ...params, limit: 100, offset: 50_000 })
      .map((row) => row.detail);
  }

  it.each(cases)('$sort $direction, $label: a page is read from an index, in order', ({ sort, direction, filter }) => {
    addFixtures();
    const { sql, params } = library.queries.pageSql(query({ sort, direction, ...filter }));
    const ids = plan(sql.ids, params);
    // Every read of articles goes through one of our indexes; none is a full table scan.
    expect(ids.filter((step) => /\barticles\b/.test(step)).every((step) => /USING (COVERING )?INDEX articles_/.test(step)), ids.join(' | ')).toBe(true);
    expect(ids.some((step) => /^SCAN articles$/.test(step)), ids.join(' | ')).toBe(false);
    expect(ids.join(' | ')).toContain(`INDEX articles_live_by_${sort}`);
    expect(ids.join(' | ')).not.toContain('TEMP B-TREE');
    const count = plan(sql.count, params);
    expect(count.some((step) => /^SCAN articles$/.test(step)), count.join(' | ')).toBe(false);
  });

  it('reads the trash through its own index, sorting it (small) in memory', () => {
    const { sql, params } = library.queries.pageSql(query({ trash: true, sort: 'headline' }));
    expect(plan(sql.ids, params).join(' | ')).toMatch(/^SEARCH articles USING INDEX articles_in_trash \(deleted_at>\?\) \| USE TEMP B-TREE FOR ORDER BY$/);
  });

  it('counts tags as the plain definition does (live articles only), whatever is in the trash', () => {
    const ids = addFixtures();
    const plain = () =>
      (
        library.db
          .prepare('SELECT tag AS name, count(*) AS count FROM article_tags WHERE article_id IN (SELECT id FROM articles WHERE deleted_at IS NULL) GROUP BY tag')
          .all() as { name: string; count: number }[]
      ).sort((a, b) => collator.compare(a.name, b.name));
    const extra = library.articles.create({ headline: 'Chợ hoa ngày Tết', tags: ['Tết', 'du lịch', 'chợ hoa'] });
    expect(library.queries.tags()).toEqual(plain());
    // A tag partly in the trash, a tag wholly in the trash, then everything.
    library.articles.delete(ids.get('Ông già Noel')!);
    library.articles.delete(extra.id);
    const partly = library.queries.tags();
    expect(partly).toEqual(plain());
    expect(partly.find((tag) => tag.name === 'Tết')).toEqual({ name: 'Tết', count: 1 });
    expect(partly.find((tag) => tag.name === 'chợ hoa')).toBeUndefined();
    for (const article of library.articles.list()) library.articles.delete(article.id);
    expect(library.queries.tags()).toEqual([]);
    expect(plain()).toEqual([]);
  });
});
