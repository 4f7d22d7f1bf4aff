// Revisions against a real SQLite library, with a simulated clock: what autosaves, status changes, labels,
// replacing changes and large deletions record, what a revert restores, and stale saves refused.
import { beforeEach, afterEach, describe, expect, it } from 'vitest';
import { NewsdeskError } from '../../common/errors/newsdeskError';
import { comparedWords } from '../../common/revisions/articleDiff';
import { createTranslator, translateError } from '../../common/i18n/catalog';
import { openLibrary, type Library } from '../../library/openLibrary';
import { revertArticle } from '../../revisions/revertArticle';
import { docOf, readSeed, seedDocument, seedHeadline } from '../helpers/seed';
import { useTempDirs } from '../helpers/tempDir';

const tempDir = useTempDirs('newsdesk-revisions');
const minute = 60_000;
let now = Date.parse('2026-11-30T08:00:00.000Z');
let library: Library;

beforeEach(() => {
  now = Date.parse('2026-11-30T08:00:00.000Z');
  library = openLibrary(tempDir(), { clock: () => now });
});
afterEach(() => library.close());

const reasons = (id: number) => library.revisions.list(id).map((r) => r.reason);

/** Types a word every `everyMs` for `forMs`, saving each time as the editor's autosave does. */
function type(id: number, words: string[], forMs: number, everyMs = 30_000): string[] {
  const paragraphs = [...words];
  for (let t = 0; t < forMs; t += everyMs) {
    now += everyMs;
    paragraphs.push(`Câu thứ ${paragraphs.length} được gõ thêm.`);
    const { version } = library.articles.get(id);
    library.articles.update(id, { body: docOf(paragraphs) }, { baseVersion: version });
  }
  return paragraphs;
}

describe('recording', () => {
  it('coalesces continuous typing into one revision per 5 minutes, and starts one after a pause', () => {
    const { id } = library.articles.create({ headline: seedHeadline });
    let text = type(id, ['Mở đầu.'], 4 * minute);
    expect(reasons(id)).toEqual(['created', 'autosave']);
    text = type(id, text, 2 * minute);
    expect(reasons(id)).toEqual(['created', 'autosave', 'autosave']);
    now += 15 * minute;
    text = type(id, text, minute);
    const history = library.revisions.list(id);
    expect(history.map((r) => r.reason)).toEqual(['created', 'autosave', 'autosave', 'autosave']);
    expect(history.map((r) => r.revision)).toEqual([1, 2, 3, 4]);
    // Each sealed revision is the text as of its last autosave; the open one the current text.
        // Revision 2 opened with the first save, 30 s in, and took the saves of the next 5 minutes: 10 sentences.
    expect(library.revisions.get(id, 2).content.body.content).toHaveLength(1 + 10);
    expect(library.revisions.get(id, 4).content.body).toEqual(library.articles.get(id).body);
    // A revision's words are all its text, as its change size counts: headline, sapo, body, captions, credits.
    expect(history.at(-1)!.words).toBe(comparedWords(library.articles.get(id)));
    expect(history.at(-1)!.words).toBeGreaterThan(library.articles.get(id).words);
    expect(history.at(-1)!.at).toBe(new Date(now).toISOString());
    expect(text.length).toBeGreaterThan(10);
  });

  it('records every status change, and a labelled version on demand', () => {
    const { id } = library.articles.create({ headline: seedHeadline, body: seedDocument() });
    now += minute;
    type(id, readSeed().paragraphs, minute);
    library.articles.setStatus(id, 'ready');
    now += minute;
    library.articles.saveVersion(id, '  gửi ban biên tập ');
    const history = library.revisions.list(id);
    expect(history.map((r) => [r.reason, r.label])).toEqual([
      ['created', null],
      ['autosave', null],
      ['status', null],
      ['label', 'gửi ban biên tập'],
    ]);
    expect(history.at(-1)).toMatchObject({ kept: true, words: comparedWords(library.articles.get(id)) });
  });

  it('keeps the text from before a large deletion (the Ctrl+A trap), and a revert brings it back as a new revision', () => {
    const { id } = library.articles.create({ headline: seedHeadline, body: seedDocument() });
    const full = library.articles.get(id);
    now += minute;
    type(id, readSeed().paragraphs, minute); // the open revision follows the full text
    const typed = library.articles.get(id);
    now += 10_000;
    library.articles.update(id, { body: docOf(['x']) }, { baseVersion: typed.version });
    const history = library.revisions.list(id);
    const beforeWipe = history.at(-2)!;
    expect(beforeWipe).toMatchObject({ reason: 'autosave', kept: true, words: comparedWords(typed) });
    expect(library.revisions.get(id, beforeWipe.revision).content.body).toEqual(typed.body);

    // Days later, after thinning had every chance, it is still there.
    now += 20 * 24 * 60 * minute;
    type(id, ['x'], minute);
    expect(library.revisions.list(id).map((r) => r.revision)).toContain(beforeWipe.revision);

    now += minute;
    const reverted = revertArticle(library.articles, library.revisions, { id, revision: beforeWipe.revision });
    expect(reverted.body).toEqual(typed.body);
    expect(reverted.headline).toBe(full.headline);
    const after = library.revisions.list(id);
    expect(after.at(-1)).toMatchObject({ reason: 'revert', restoredFrom: beforeWipe.revision, words: comparedWords(typed) });
    // The text the revert replaced is a kept revision too: the revert is itself undoable.
    expect(after.at(-2)).toMatchObject({ kept: true });
    expect(library.revisions.get(id, after.at(-2)!.revision).content.body).toEqual(docOf(['x', 'Câu thứ 1 được gõ thêm.', 'Câu thứ 2 được gõ thêm.']));
  });

  it('thins old automatic revisions and keeps labelled ones', () => {
    const { id } = library.articles.create({ headline: seedHeadline });
    library.articles.saveVersion(id, 'bản đầu');
    let text = ['Mở đầu.'];
    // Ten days of editing: four bursts of 20 minutes a day.
    for (let day = 0; day < 10; day++) {
      for (let burst = 0; burst < 4; burst++) {
        now += 2 * 60 * minute;
        text = type(id, text, 20 * minute, minute);
      }
      now += 16 * 60 * minute;
    }
    const history = library.revisions.list(id);
    expect(history.find((r) => r.label === 'bản đầu')).toBeDefined();
    // 10 days × 4 bursts × 4 revisions were recorded; the older days keep one a day or one an hour.
    expect(history.length).toBeLessThan(10 * 4 * 4);
    const lastDay = history.filter((r) => now - Date.parse(r.at) < 24 * 60 * minute);
    expect(lastDay.length).toBe(4 * 4);
    const numbers = history.map((r) => r.revision);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  });

  it('starts the history of an article with the text it had, and forgets it with the article', () => {
    const { id } = library.articles.create({ headline: seedHeadline });
    expect(() => library.revisions.get(id, 9)).toThrow(expect.objectContaining({ code: 'revisionNotFound', params: { id, revision: 9 } }));
    library.articles.deleteForever(id);
    expect(library.db.prepare('SELECT count(*) AS n FROM article_revisions WHERE article_id = ?').get(id)).toEqual({ n: 0 });
    expect(() => library.revisions.list(id)).toThrow(expect.objectContaining({ code: 'articleNotFound' }));
  });
});

describe('two editors, one article', () => {
  it('refuses a save based on a stale version, with a typed, translated error, and changes nothing', () => {
    const { id, version } = library.articles.create({ headline: seedHeadline, body: seedDocument() });
    // The CLI (or another window) saves first.
    now += minute;
    library.articles.update(id, { headline: 'Sửa ở nơi khác' }, { baseVersion: version });
    const before = library.articles.get(id);

    let refused: unknown;
    try {
      library.articles.update(id, { headline: 'Sửa trong cửa sổ này' }, { baseVersion: version });
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(NewsdeskError);
    expect(refused).toMatchObject({ code: 'articleChangedElsewhere', params: { id, version: before.version } });
    expect(library.articles.get(id)).toEqual(before);
    const { code, params } = refused as NewsdeskError;
    expect(translateError(createTranslator('vi'), code, params)).toBe(
      `Bài có mã ${id} vừa được sửa ở nơi khác (nay là phiên bản ${before.version}). Hãy tải bản mới hơn trước khi lưu.`,
    );
    expect(translateError(createTranslator('en'), code, params)).toContain('was changed elsewhere');
  });

  it('keeping one’s own text: saved on top of the newer version, the other text kept in history', () => {
    const { id, version } = library.articles.create({ headline: seedHeadline });
    now += minute;
    library.articles.update(id, { headline: 'Bản của cửa sổ kia' }, { baseVersion: version });
    now += 10_000;
    expect(() => library.articles.update(id, { headline: 'Bản của cửa sổ này' }, { baseVersion: version })).toThrow(NewsdeskError);
    // The editor keeps its own: saved on top of the version it was told about, seconds later.
    now += 10_000;
    library.articles.update(id, { headline: 'Bản của cửa sổ này' }, { baseVersion: library.articles.get(id).version, sealPrevious: true });
    expect(library.articles.get(id).headline).toBe('Bản của cửa sổ này');
    const history = library.revisions.list(id);
    expect(history.at(-2)).toMatchObject({ kept: true });
    expect(library.revisions.get(id, history.at(-2)!.revision).content.headline).toBe('Bản của cửa sổ kia');
  });

  it('loading the newer text: the editor’s own text is kept as a revision first', () => {
    const { id, version } = library.articles.create({ headline: seedHeadline });
    now += minute;
    library.articles.update(id, { headline: 'Bản của CLI' }, { baseVersion: version });
    // The window's own text goes on top (sealing the newer one), then the newer one is restored.
    now += 10_000;
    library.articles.update(id, { headline: 'Bản của cửa sổ' }, { baseVersion: library.articles.get(id).version, sealPrevious: true });
    const newer = library.revisions.list(id).at(-2)!;
    now += 10_000;
    revertArticle(library.articles, library.revisions, { id, revision: newer.revision });
    expect(library.articles.get(id).headline).toBe('Bản của CLI');
    const own = library.revisions.list(id).at(-2)!;
    expect(library.revisions.get(id, own.revision).content.headline).toBe('Bản của cửa sổ');
    expect(own.kept).toBe(true);
  });

  it('a status change does not make the editor’s next save stale', () => {
    const { id, version } = library.articles.create({ headline: seedHeadline });
    library.articles.setStatus(id, 'ready');
    expect(library.articles.get(id).version).toBe(version);
    expect(library.articles.update(id, { sapo: 'Sáng nay' }, { baseVersion: version }).version).toBe(version + 1);
  });
});
