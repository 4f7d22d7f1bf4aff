// ArticleStore and SettingsStore over a real SQLite library in a fresh temp folder.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NewsdeskError } from '../../common/errors/newsdeskError';
import { emptyDocument, type DocNode } from '../../contract/schemas/document';
import { articleSchema, articleSummarySchema } from '../../contract/schemas/article';
import { openLibrary, type Library } from '../../library/openLibrary';
import { bodyJson, storedBodyText } from '../../store/articleBody';
import { docOf, readSeed, seedDocument, seedHeadline } from '../helpers/seed';
import { useTempDirs } from '../helpers/tempDir';

const tempDir = useTempDirs('newsdesk-articles');

let dir: string;
let library: Library;

beforeEach(() => {
  dir = tempDir();
  library = openLibrary(dir);
});

afterEach(() => {
  vi.useRealTimers();
  library.close();
});

interface RawRow {
  headline: string;
  /** The stored body's JSON, and the plain text derived from it (the body is stored once, deflated). */
  body_json: string;
  body_text: string;
  updated_at: string;
}

function rawRow(id: number): RawRow | undefined {
  const row = library.db.prepare<[number], { headline: string; body: Buffer; updated_at: string }>('SELECT headline, body, updated_at FROM articles WHERE id = ?').get(id);
  if (!row) return undefined;
  expect(Buffer.isBuffer(row.body)).toBe(true);
  return { headline: row.headline, body_json: bodyJson(row.body), body_text: storedBodyText(row.body), updated_at: row.updated_at };
}

function expectNotFound(run: () => unknown, id: number, code: 'articleNotFound' | 'articleInTrash' = 'articleNotFound'): void {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(NewsdeskError);
  expect(thrown).toMatchObject({ code, params: { id } });
}

describe('ArticleStore round trips', () => {
  it('creates an empty draft by default', () => {
    const article = library.articles.create();
    expect(articleSchema.parse(article)).toEqual(article);
    expect(article).toMatchObject({ headline: '', status: 'draft', body: emptyDocument });
    expect(article.created).toBe(article.updated);
    expect(Date.parse(article.created)).toBeGreaterThan(Date.now() - 60_000);
    expect(library.articles.plainText(article.id)).toBe('');
  });

  it('creates, gets, lists, updates and deletes', () => {
    const body = seedDocument();
    const created = library.articles.create({ headline: seedHeadline, body });
    const other = library.articles.create({ headline: 'Tin ngắn' });
    expect(created.id).not.toBe(other.id);
    expect(created.uuid).not.toBe(other.uuid);

    const read = library.articles.get(created.id);
    expect(read).toEqual(created);
    expect(read.body).toEqual(body);

    const summaries = library.articles.list();
    expect(summaries.map((s) => s.id).sort()).toEqual([created.id, other.id].sort());
    for (const summary of summaries) {
      expect(Object.keys(summary).sort()).toEqual(['created', 'datelineDate', 'headline', 'id', 'sapo', 'section', 'status', 'updated', 'words']);
      expect(articleSummarySchema.parse(summary)).toEqual(summary);
    }

    // Headline only: the body stays.
    const renamed = library.articles.update(created.id, { headline: 'Tiêu đề mới' });
    expect(renamed).toMatchObject({ id: created.id, headline: 'Tiêu đề mới', status: 'draft', created: created.created });
    expect(library.articles.get(created.id).body).toEqual(body);

    // Body only: the headline stays.
    const shorter = docOf(['Đoạn một.', 'Đoạn hai.']);
    library.articles.update(created.id, { body: shorter });
    const after = library.articles.get(created.id);
    expect(after).toMatchObject({ headline: 'Tiêu đề mới', body: shorter, uuid: created.uuid, created: created.created });
    expect(library.articles.plainText(created.id)).toBe('Đoạn một.\n\nĐoạn hai.');

    // Delete moves to the trash: the article is out of reach until restored.
    library.articles.delete(created.id);
    expectNotFound(() => library.articles.get(created.id), created.id, 'articleInTrash');
    expect(library.articles.list().map((s) => s.id)).toEqual([other.id]);
    expect(library.articles.get(other.id).headline).toBe('Tin ngắn');
  });

  it('raises articleNotFound for unknown ids everywhere', () => {
    const { id } = library.articles.create();
    const missing = id + 1000;
    expectNotFound(() => library.articles.get(missing), missing);
    expectNotFound(() => library.articles.update(missing, { headline: 'x' }), missing);
    expectNotFound(() => library.articles.delete(missing), missing);
    expectNotFound(() => library.articles.plainText(missing), missing);
    expectNotFound(() => library.articles.restore(missing), missing);
    expectNotFound(() => library.articles.deleteForever(missing), missing);
    library.articles.delete(id);
    expectNotFound(() => library.articles.delete(id), id, 'articleInTrash');
    library.articles.deleteForever(id);
    expectNotFound(() => library.articles.delete(id), id);
    expect(library.db.prepare('SELECT count(*) AS n FROM articles').get()).toEqual({ n: 0 });
  });
});

describe('Vietnamese text', () => {
  it('keeps the seed headline byte for byte, in the returned value and the column', () => {
    const { id } = library.articles.create({ headline: seedHeadline });
    const expectedBytes = Buffer.from(seedHeadline, 'utf8');
    expect(Buffer.from(library.articles.get(id).headline, 'utf8').equals(expectedBytes)).toBe(true);
    const hex = library.db.prepare<[number], { h: string }>('SELECT hex(headline) AS h FROM articles WHERE id = ?').get(id)!.h;
    expect(hex.toLowerCase()).toBe(expectedBytes.toString('hex'));
    expect(library.articles.list()[0]!.headline).toBe(seedHeadline);
  });

  it('stores NFD input as NFC, headline and body text nodes alike', () => {
    const nfcHeadline = seedHeadline;
    const nfdHeadline = nfcHeadline.normalize('NFD');
    const [first = '', second = ''] = readSeed().paragraphs;
    expect(nfdHeadline).not.toBe(nfcHeadline);
    expect(first.normalize('NFD')).not.toBe(first);

    const nfdBody: DocNode = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: first.normalize('NFD') }] },
        { type: 'paragraph', attrs: { title: 'Ảnh'.normalize('NFD') }, content: [{ type: 'text', text: second.normalize('NFD'), marks: [{ type: 'bold' }] }] },
      ],
    };
    const nfcBody: DocNode = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: first }] },
        { type: 'paragraph', attrs: { title: 'Ảnh' }, content: [{ type: 'text', text: second, marks: [{ type: 'bold' }] }] },
      ],
    };

    const created = library.articles.create({ headline: nfdHeadline, body: nfdBody });
    expect(created.headline).toBe(nfcHeadline);
    expect(created.body).toEqual(nfcBody);
    let raw = rawRow(created.id)!;
    expect(raw.headline).toBe(nfcHeadline);
    expect(raw.body_json).toBe(JSON.stringify(nfcBody));
    expect(raw.body_text).toBe(`${first}\n\n${second}`);

    // Same on the update path.
    const other = library.articles.create();
    const summary = library.articles.update(other.id, { headline: nfdHeadline, body: nfdBody });
    expect(summary.headline).toBe(nfcHeadline);
    expect(library.articles.get(other.id).body).toEqual(nfcBody);
    raw = rawRow(other.id)!;
    expect(raw.headline).toBe(nfcHeadline);
    expect(raw.body_json).toBe(JSON.stringify(nfcBody));
    expect(raw.body_text).toBe(raw.body_text.normalize('NFC'));
  });

  it('keeps đ and Đ (letters of their own, not d with a mark)', () => {
    const headline = 'Đảng đẩy mạnh đổi mới – ĐỒNG CHÍ Đức';
    const { id } = library.articles.create({ headline, body: docOf(['đường Điện Biên Phủ']) });
    const read = library.articles.get(id);
    expect(read.headline).toBe(headline);
    expect([...read.headline].filter((c) => c === '\u0110' || c === '\u0111')).toHaveLength(5);
    expect(read.headline.normalize('NFD')).toContain('\u0110');
    expect(library.articles.plainText(id)).toBe('đường Điện Biên Phủ');
    const count = library.db.prepare<[], { n: number }>("SELECT count(*) AS n FROM articles WHERE headline LIKE '%đẩy%'").get()!.n;
    expect(count).toBe(1);
  });
});

describe('derived body_text', () => {
  it('joins paragraphs with blank lines and turns hard breaks into newlines', () => {
    const seed = readSeed();
    const body: DocNode = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: seed.dateline }] },
        { type: 'paragraph' },
        { type: 'paragraph', content: [{ type: 'text', text: '\u00a0' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: seed.captions[1]! },
            { type: 'hardBreak' },
            { type: 'text', text: seed.captions[2]! },
          ],
        },
        { type: 'paragraph', content: [{ type: 'text', text: 'Tin và ' }, { type: 'text', text: 'ảnh', marks: [{ type: 'bold' }] }, { type: 'text', text: ': Minh Khôi' }] },
      ],
    };
    const { id } = library.articles.create({ body });
    const expected = `${seed.dateline}\n\n${seed.captions[1]}\n${seed.captions[2]}\n\nTin và ảnh: Minh Khôi`;
    expect(library.articles.plainText(id)).toBe(expected);
    expect(rawRow(id)!.body_text).toBe(expected);
  });

  it('follows every body update and stays untouched by headline-only updates', () => {
    const seed = readSeed();
    const { id } = library.articles.create({ body: seedDocument() });
    expect(rawRow(id)!.body_text).toBe(seed.paragraphs.join('\n\n'));
    library.articles.update(id, { body: docOf([seed.credit]) });
    expect(rawRow(id)!.body_text).toBe(seed.credit);
    library.articles.update(id, { headline: seedHeadline });
    expect(rawRow(id)!.body_text).toBe(seed.credit);
  });
});

describe('ordering by last change', () => {
  it('lists the most recently changed article first', () => {
    const a = library.articles.create({ headline: 'A' });
    const b = library.articles.create({ headline: 'B' });
    const c = library.articles.create({ headline: 'C' });
    expect(library.articles.list().map((s) => s.id)).toEqual([c.id, b.id, a.id]);
    library.articles.update(a.id, { headline: 'A2' });
    expect(library.articles.list().map((s) => s.id)).toEqual([a.id, c.id, b.id]);
    library.articles.update(b.id, { body: docOf(['x']) });
    expect(library.articles.list().map((s) => s.id)).toEqual([b.id, a.id, c.id]);
  });

  it('strictly increases `updated` even when every save lands in the same millisecond', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2024-06-22T08:00:00.000Z'));
    const a = library.articles.create({ headline: 'A' });
    const b = library.articles.create({ headline: 'B' });
    // Creation is a change too: the newer article is strictly later even in the same millisecond.
    expect(Date.parse(b.updated)).toBeGreaterThan(Date.parse(a.updated));
    expect(library.articles.list().map((s) => s.id)).toEqual([b.id, a.id]);

    const stamps = [a.updated];
    for (let i = 0; i < 5; i++) stamps.push(library.articles.update(a.id, { headline: `A${i}` }).updated);
    for (let i = 1; i < stamps.length; i++) expect(Date.parse(stamps[i]!)).toBeGreaterThan(Date.parse(stamps[i - 1]!));
    expect(library.articles.get(a.id).updated).toBe(stamps.at(-1));

    // b is older than a's last change; saving b puts it first again even though the clock never moved.
    expect(library.articles.list()[0]!.id).toBe(a.id);
    const bUpdated = library.articles.update(b.id, { headline: 'B1' }).updated;
    expect(library.articles.list()[0]!.id).toBe(b.id);
    expect(Date.parse(bUpdated)).toBeGreaterThan(Date.parse(b.updated));
  });

  it('never goes backwards when the clock does', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2024-06-22T08:00:00.000Z'));
    const { id, updated } = library.articles.create();
    vi.setSystemTime(new Date('2024-06-21T08:00:00.000Z'));
    const later = library.articles.update(id, { headline: 'x' }).updated;
    expect(Date.parse(later)).toBeGreaterThan(Date.parse(updated));
  });

  it('strictly increases `updated` over a burst of real-time saves', () => {
    const { id } = library.articles.create();
    const stamps = Array.from({ length: 50 }, (_, i) => library.articles.update(id, { headline: String(i) }).updated);
    for (let i = 1; i < stamps.length; i++) expect(stamps[i]! > stamps[i - 1]!).toBe(true);
  });
});

describe('persistence', () => {
  it('keeps articles and settings across closing and reopening the library', () => {
    const created = library.articles.create({ headline: seedHeadline, body: seedDocument() });
    library.articles.update(created.id, { headline: `${seedHeadline} (sửa)` });
    const gone = library.articles.create({ headline: 'xóa' });
    library.articles.delete(gone.id);
    library.settings.setLanguage('vi');
    const before = library.articles.get(created.id);
    library.close();

    library = openLibrary(dir);
    expect(library.articles.get(created.id)).toEqual(before);
    expect(library.articles.list().map((s) => s.id)).toEqual([created.id]);
    expect(library.articles.plainText(created.id)).toBe(readSeed().paragraphs.join('\n\n'));
    expect(library.settings.language()).toBe('vi');
  });
});

describe('SettingsStore', () => {
  it('defaults to English and round-trips the language', () => {
    expect(library.settings.language()).toBe('en');
    library.settings.setLanguage('vi');
    expect(library.settings.language()).toBe('vi');
    library.settings.setLanguage('en');
    expect(library.settings.language()).toBe('en');
    expect(library.db.prepare('SELECT key, value FROM settings').all()).toEqual([{ key: 'language', value: 'en' }]);
  });

  it('falls back to English when the stored value is not a language', () => {
    library.db.prepare("INSERT INTO settings (key, value) VALUES ('language', 'fr')").run();
    expect(library.settings.language()).toBe('en');
  });
});
