// Query building: whatever a reporter types, FTS5 only ever sees quoted strings, so its syntax typed by a
// user is searched as text and never comes back as an error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildQuery, exactExpression, maxQueryWords } from '../../search/buildQuery';
import { openLibrary, type Library } from '../../library/openLibrary';
import { makeTempDir, removeDir } from '../helpers/tempDir';
import { addFiller, create, ids } from './searchHelpers';

/** One or more quoted FTS5 strings, each optionally a prefix, joined by AND: nothing else. */
const onlyQuotedStrings = /^"(?:[^"]|"")*"\*?(?: AND "(?:[^"]|"")*"\*?)*$/u;

const hostile = [
  '"unbalanced',
  'AND OR',
  'NOT',
  '*',
  'a*',
  'NEAR(',
  'NEAR(a b, 2)',
  '-',
  '- tin',
  ':',
  'headline: Đảng',
  '{headline sapo}: x',
  '^đầu',
  '(a OR b)',
  'a + b',
  '😀',
  '🇻🇳 Việt Nam 🇻🇳',
  '\u0000\u0001',
  '""',
  '"',
  "'; DROP TABLE articles; --",
  '\\"',
  '[]{}<>',
  'x'.repeat(10_000),
  'Đảng '.repeat(2_000),
  '',
  '   \n\t ',
];

describe('buildQuery', () => {
  it.each(hostile.map((text) => [text.slice(0, 40), text]))('%j builds only quoted strings, or nothing', (_label, text) => {
    const query = buildQuery(text);
    if (query === null) return;
    expect(query.folded).toMatch(onlyQuotedStrings);
    const exact = exactExpression(query, () => undefined);
    if (exact !== null) expect(exact).toMatch(onlyQuotedStrings);
    expect(query.terms.flatMap((term) => term.words).length).toBeLessThanOrEqual(maxQueryWords);
  });

  it('makes no query of text without words', () => {
    for (const text of ['', '   ', '*', '-', ':', '😀', '""', '"', '[]{}<>', '\u0000\u0001']) expect(buildQuery(text), JSON.stringify(text)).toBeNull();
  });

  it('folds every word for the index and keeps the marked ones in their exact form', () => {
    const exact = (text: string, completions?: string[]) => exactExpression(buildQuery(text)!, () => completions);
    expect(buildQuery('Đảng Trung ương ')).toMatchObject({ folded: '"dang" AND "trung" AND "uong"' });
    expect(exact('Đảng Trung ương ')).toBe('"đảng" AND "ương"');
    expect(buildQuery('dang trung uong ')).toMatchObject({ folded: '"dang" AND "trung" AND "uong"', marked: [] });
    expect(exact('dang trung uong')).toBeNull();
    expect(exact('Hòa ')).toBe('"hoà"');
    // The word still being typed: the marked words it can complete to; unknown completions do not constrain.
    expect(exact('Đảng Trung ươ', ['ương', 'ướng'])).toBe('"đảng" AND ("ương" OR "ướng")');
    expect(exact('Đảng Trung ươ')).toBe('"đảng"');
    expect(exact('Đảng Trung ươ', [])).toBeNull();
  });

  it('makes the last word a prefix only while it is typed, and only from two letters', () => {
    expect(buildQuery('thi đu')!.folded).toBe('"thi" AND "du"*');
    expect(buildQuery('thi đu ')!.folded).toBe('"thi" AND "du"');
    expect(buildQuery('thi đ')!.folded).toBe('"thi" AND "d"');
    expect(buildQuery('thi đu,')!.folded).toBe('"thi" AND "du"');
    expect(buildQuery('"thi đu')!.folded).toBe('"thi du"*');
    expect(buildQuery('"thi đua"')!.folded).toBe('"thi dua"');
  });

  it('makes phrases of quoted text and of words that punctuation splits', () => {
    expect(buildQuery('"thi đua" khen thưởng ')!.folded).toBe('"thi dua" AND "khen" AND "thuong"');
    expect(buildQuery('34-CT/TW ')!.folded).toBe('"34 ct tw"');
    expect(buildQuery('a"b c"d ')!.folded).toBe('"a" AND "b c" AND "d"');
  });

  it('uses the first words of a very long text, with no prefix', () => {
    const query = buildQuery(Array.from({ length: 500 }, (_, i) => `từ${i}`).join(' '))!;
    expect(query.terms).toHaveLength(maxQueryWords);
    expect(query.terms.at(-1)).toMatchObject({ prefix: false, words: [{ folded: `tu${maxQueryWords - 1}` }] });
  });
});

describe('hostile input through a real library', () => {
  let dir: string;
  let library: Library;
  beforeAll(() => {
    dir = makeTempDir('newsdesk-hostile');
    library = openLibrary(dir);
    addFiller(library, 4);
  });
  afterAll(() => {
    library.close();
    removeDir(dir);
  });

  it.each(hostile.map((text) => [text.slice(0, 40), text]))('%j is searched as text, without an error', (_label, text) => {
    expect(() => library.search.search({ query: text, limit: 20 })).not.toThrow();
    expect(Array.isArray(library.search.search({ query: text, limit: 20 }))).toBe(true);
  });

  it('finds FTS5 keywords and punctuation-split words as the words they are', () => {
    const keywords = create(library, 'Chuyện AND, OR và NOT trong lập trình');
    const near = create(library, 'Hàm NEAR(x) trong SQLite');
    const directive = create(library, 'Thực hiện Chỉ thị 34-CT/TW');
    expect(ids(library, 'AND OR')).toEqual([keywords]);
    expect(ids(library, 'NOT')).toEqual([keywords]);
    expect(ids(library, 'NEAR(')).toEqual([near]);
    expect(ids(library, '"unbalanced')).toEqual([]);
    expect(ids(library, 'headline: chỉ thị')).toEqual([]);
    expect(ids(library, 'chỉ thị: 34-CT/TW')).toEqual([directive]);
    expect(ids(library, '')).toEqual([]);
  });
});
