// The whole contract end to end: untrusted (channel, input) → validation → handler table → real SQLite store →
// envelope. Also the renderer's typed client over the same dispatch.
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { NewsdeskError } from '../../common/errors/newsdeskError';
import { api, apiChannels, type ApiMethod } from '../../contract/api';
import { channelsOf } from '../../contract/channelTable';
import { createApiClient } from '../../contract/client';
// What the renderer's build serves (scripts/contractChannels.ts): the client over it reaches every call.
import { callChannels } from 'virtual:newsdesk-channels';
import { ApiError, type Envelope, type WireError } from '../../contract/envelope';
import { articleSchema, articleSummarySchema, type Article } from '../../contract/schemas/article';
import type { DocNode } from '../../contract/schemas/document';
import { createDispatch, type Dispatch } from '../../handlers/dispatch';
import { createHandlerTable, type HandlerTable } from '../../handlers/handlerTable';
import { openLibrary, type Library } from '../../library/openLibrary';
import { docOf, readSeed, readSeedText, seedDocument, seedHeadline } from '../helpers/seed';
import { useTempDirs } from '../helpers/tempDir';

const tempDir = useTempDirs('newsdesk-dispatch');

let library: Library;
let dispatch: Dispatch;
let languageChanges: string[];
let logged: unknown[];

let exportDir: string;
let backupDir: string;

beforeEach(() => {
  library = openLibrary(tempDir());
  exportDir = tempDir();
  backupDir = tempDir();
  languageChanges = [];
  logged = [];
  dispatch = createDispatch(
    createHandlerTable({
      library,
      onLanguageChanged: (language) => languageChanges.push(language),
      choosePhotoFiles: async () => [],
      chooseArticleFiles: async () => [],
      chooseUpdateFile: async () => undefined,
      chooseExportPath: async ({ suggestedName }) => path.join(exportDir, suggestedName),
      // The shell's folder dialog picks backupDir; its open dialog for a backup file is cancelled.
      backup: { chooseBackupFolder: async () => backupDir, chooseBackupFile: async () => undefined },
    }),
    (error) => logged.push(error),
  );
});

afterEach(() => {
  library.close();
});

const channel = <M extends ApiMethod>(method: M) => api[method].channel;

function expectOk(reply: Envelope): unknown {
  if (!reply.ok) throw new Error(`expected ok, got ${JSON.stringify(reply.error)}`);
  return reply.value;
}

function expectError(reply: Envelope): WireError {
  if (reply.ok) throw new Error(`expected an error, got ${JSON.stringify(reply.value)}`);
  return reply.error;
}

/** Everything the library holds, byte for byte, to prove a refused call changed nothing. */
function dump(): unknown {
  return {
    articles: library.db.prepare('SELECT *, hex(headline) AS headline_hex FROM articles ORDER BY id').all(),
    settings: library.db.prepare('SELECT * FROM settings ORDER BY key').all(),
  };
}

describe('every call of the contract, end to end', () => {
  it('works with valid input', async () => {
    const called = new Set<string>();
    const call = async (method: ApiMethod, input: unknown) => {
      called.add(channel(method));
      const value = expectOk(await dispatch(channel(method), input));
      expect(api[method].output.parse(value)).toEqual(value);
      return value;
    };

    expect(await call('listArticles', {})).toEqual([]);

    const created = (await call('createArticle', { headline: seedHeadline })) as Article;
    expect(created).toMatchObject({ headline: seedHeadline, status: 'draft' });
    expect(articleSchema.parse(created)).toEqual(created);
    const untitled = (await call('createArticle', {})) as Article;
    expect(untitled.headline).toBe('');

    expect(await call('getArticle', { id: created.id })).toEqual(created);

    const body = seedDocument();
    const summary = await call('updateArticle', { id: created.id, baseVersion: created.version, headline: seedHeadline.normalize('NFD'), body });
    expect(articleSummarySchema.parse(summary)).toMatchObject({ id: created.id, headline: seedHeadline });
    const read = (await call('getArticle', { id: created.id })) as Article;
    expect(read.body).toEqual(body);
    expect(library.articles.plainText(created.id)).toBe(readSeed().paragraphs.join('\n\n'));

    const details = await call('updateArticle', {
      id: created.id,
      baseVersion: created.version + 1,
      sapo: 'Hội nghị tổng kết',
      dateline: { place: 'Hà Nội', date: '2024-06-22' },
      credit: { role: 'textAndPhotos', names: 'Minh Khôi' },
      section: 'Thời sự',
      tags: ['thi đua', 'Đảng', 'thi đua'],
      targetWords: 800,
    });
    expect(details).toMatchObject({ sapo: 'Hội nghị tổng kết', section: 'Thời sự', datelineDate: '2024-06-22', words: 871 });
    const ready = (await call('setArticleStatus', { id: created.id, status: 'ready' })) as Article;
    expect(ready).toMatchObject({
      status: 'ready',
      dateline: { place: 'Hà Nội', date: '2024-06-22' },
      credit: { role: 'textAndPhotos', names: 'Minh Khôi' },
      tags: ['thi đua', 'Đảng'],
      targetWords: 800,
    });
    expect(ready.statusHistory.map((change) => change.status)).toEqual(['draft', 'ready']);

    const list = (await call('listArticles', {})) as { id: number }[];
    expect(list.map((a) => a.id)).toEqual([created.id, untitled.id]);

    expect(await call('getSettings', {})).toEqual({ language: 'en' });
    expect(await call('setLanguage', { language: 'vi' })).toEqual({ language: 'vi' });
    expect(languageChanges).toEqual(['vi']);
    expect(await call('getSettings', {})).toEqual({ language: 'vi' });
    expect(await call('getBackupStatus', {})).toEqual({ last: null, stale: true, remind: false, staleAfterDays: 3, automatic: { enabled: false, folder: null, paused: null }, lastFailure: null });
    expect(await call('chooseAutomaticBackupFolder', {})).toMatchObject({ automatic: { enabled: true, folder: backupDir } });
    expect(await call('setAutomaticBackups', { enabled: false })).toMatchObject({ automatic: { enabled: false, folder: backupDir } });
    const made = await call('backupLibraryFromDialog', {});
    expect(path.dirname((made as { path: string }).path)).toBe(backupDir);
    expect(await call('restoreBackupFromDialog', {})).toBeNull();
    expect(library.settings.language()).toBe('vi');

    expect(await call('deleteArticle', { id: untitled.id })).toEqual({ id: untitled.id });
    expect(library.articles.list().map((a) => a.id)).toEqual([created.id]);

    // The library view's calls: the list (and its trash), the filter pickers, search, restore, empty trash.
    expect(await call('queryArticles', { sort: 'headline', status: 'ready' })).toMatchObject({ total: 1, rows: [{ id: created.id, deletedAt: null }] });
    expect(await call('queryArticles', { trash: true })).toMatchObject({ total: 1, rows: [{ id: untitled.id }] });
    expect(await call('listSections', {})).toEqual([{ name: 'Thời sự', count: 1 }]);
    expect(await call('listTags', {})).toEqual([{ name: 'Đảng', count: 1 }, { name: 'thi đua', count: 1 }]);
    const hits = (await call('searchArticles', { query: 'dang trung uong', limit: 5 })) as { id: number }[];
    expect(hits.map((hit) => hit.id)).toEqual([created.id]);
    expect(await call('searchArticles', { query: '"NEAR( *', filters: { section: 'Thời sự' } })).toEqual([]);
    expect(await call('restoreArticle', { id: untitled.id })).toMatchObject({ id: untitled.id });
    expect(await call('deleteArticle', { id: untitled.id })).toEqual({ id: untitled.id });
    expect(await call('emptyTrash', {})).toEqual({ deleted: 1 });
    expect(await call('getTrashRetention', {})).toEqual({ days: 30 });
    expect(await call('setTrashRetention', { days: 45 })).toEqual({ days: 45 });

    // A held close: without a shell holding the window (as here) nothing is held; no draft was set aside.
    expect(await call('holdPendingDraft', { requestId: 1, articleId: created.id, changes: { headline: 'Mới' } })).toEqual({ held: false });
    expect(await call('confirmDraftsSaved', { requestId: 1 })).toEqual({ released: false });
    expect(await call('listRecoveredDrafts', {})).toEqual([]);
    expect(await call('dismissRecoveredDraft', { articleId: created.id })).toEqual({ dismissed: false });
    // Without a shell (no native menu) the page's word on an open article is only answered.
    expect(await call('setArticleOpen', { open: true })).toEqual({ open: true });
    called.add(channel('restoreRecoveredDraft'));
    expect(expectError(await dispatch(channel('restoreRecoveredDraft'), { articleId: created.id }))).toMatchObject({ code: 'recoveredDraftNotFound' });

    const imported = (await call('importArticle', { fileName: 'article-vi.txt', text: readSeedText() })) as Article;
    expect(await call('importArticlesFromDialog', {})).toEqual({ ids: [], errors: [] });
    expect(imported).toMatchObject({ headline: seedHeadline, words: 871, dateline: { place: '', date: '2024-06-22' } });

    const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#c33' } }).jpeg().toBuffer();
    const files = [{ name: 'Hội nghị.jpg', bytes: jpeg.toString('base64') }];
    const photoImport = (await call('importPhotoBytes', { articleId: created.id, files })) as { results: { photo: { id: number } }[] };
    const photoId = photoImport.results[0]!.photo.id;
    expect(await call('importPhotosFromDialog', { articleId: created.id })).toEqual({ results: [] });
    expect(await call('listArticlePhotos', { articleId: created.id })).toMatchObject([{ id: photoId, name: 'Hội nghị.jpg' }]);
    expect(await call('getPhotos', { ids: [photoId] })).toMatchObject([{ id: photoId, width: 64, height: 48 }]);
    expect(await call('updatePhoto', { id: photoId, caption: 'Quang cảnh Hội nghị' })).toMatchObject({ caption: 'Quang cảnh Hội nghị' });
    expect(await call('removeUnusedPhotos', {})).toEqual({ removed: [] });

    // Export: the pre-flight list, the article as rich text for the clipboard, an export to where the shell's
    // save dialog said, and a cancel of a job that is not running.
    expect(await call('preflightArticle', { id: created.id })).toEqual([{ code: 'overTargetLength', words: 871, target: 800 }]);
    const rendered = (await call('renderArticleHtml', { id: created.id })) as { html: string; text: string };
    expect(rendered.html).toContain(`<h1>${seedHeadline}</h1>`);
    expect(rendered.text.startsWith('Hà Nội – Thứ Bảy, 22/6/2024\n')).toBe(true);
    const exported = (await call('exportArticle', { id: created.id, format: 'txt', jobId: 'dispatch-test-1' })) as { status: string; path: string };
    expect(exported).toEqual({ status: 'written', path: path.join(exportDir, 'khoi-thi-dua-cac-co-quan-dang-trung-uong.txt'), files: [exported.path] });
    // The file is the clipboard's text and the trailer with section and tags, which only the file carries.
    expect(fs.readFileSync(exported.path, 'utf8')).toBe(`${rendered.text}\n---\nChuyên mục: Thời sự\nTừ khoá: thi đua, Đảng\n`);
    expect(await call('cancelExport', { jobId: 'dispatch-test-1' })).toEqual({ cancelled: false });
    // A new article left untouched goes for good; one with any text stays.
    const untouched = (await call('createArticle', {})) as { id: number };
    expect(await call('discardUntouchedArticle', { id: untouched.id })).toEqual({ discarded: true });
    expect(await call('discardUntouchedArticle', { id: created.id })).toEqual({ discarded: false });
    // The browser's export: the same file handed back for a download.
    const downloaded = (await call('exportArticleFile', { id: created.id, format: 'txt', jobId: 'dispatch-test-2' })) as { fileName: string; base64: string };
    expect(downloaded.fileName).toBe('khoi-thi-dua-cac-co-quan-dang-trung-uong.txt');
    expect(Buffer.from(downloaded.base64, 'base64').toString('utf8')).toBe(fs.readFileSync(exported.path, 'utf8'));

    // The outbox: a folder destination (no secret), the article filed to it, the outbox view's cancel and retry.
    const drive = tempDir();
    expect(await call('addDestination', { name: 'Ổ chung', settings: { kind: 'folder', path: drive } })).toMatchObject({ name: 'Ổ chung', kind: 'folder', secret: { store: 'none' } });
    expect(await call('listDestinations', {})).toMatchObject([{ name: 'Ổ chung', settings: { kind: 'folder', path: drive } }]);
    expect(await call('testDestination', { name: 'ổ chung' })).toEqual({ ok: true, error: null });
    const filed = (await call('fileArticle', { id: created.id, destination: 'Ổ chung' })) as { id: number };
    expect(filed).toMatchObject({ state: 'queued', article: created.id, destination: 'Ổ chung', attempts: 0 });
    expect(await call('listOutbox', {})).toMatchObject([{ id: filed.id, state: 'queued' }]);
    expect(await call('cancelOutboxItem', { id: filed.id })).toMatchObject({ state: 'cancelled' });
    expect(await call('retryOutboxItem', { id: filed.id })).toMatchObject({ state: 'queued' });
    expect(await call('removeDestination', { name: 'Ổ chung' })).toEqual({ name: 'Ổ chung' });
    expect(await call('listOutbox', {})).toEqual([]);
    // History: label the current text, update from a corrected file, compare, read, revert (itself a revision).
    const labelled = (await call('saveVersion', { id: imported.id, label: 'gửi ban biên tập' })) as { revision: number };
    // A revision's words are all its text (the history's measure), more than the article's 871 of the body.
    expect(labelled).toMatchObject({ reason: 'label', label: 'gửi ban biên tập', words: 935 });
    const corrected = readSeedText().replace('Đẩy mạnh', 'Đẩy mạnh hơn nữa');
    const updated = (await call('updateArticleFromFile', { id: imported.id, baseVersion: imported.version, fileName: 'sua.txt', text: corrected })) as Article;
    expect(updated).toMatchObject({ id: imported.id, status: 'draft', headline: expect.stringContaining('Đẩy mạnh hơn nữa') });
    expect(updated).toMatchObject({ importReport: { notes: [], duplicateOf: null } });
    // The shell's dialog cancelled: nothing changes.
    expect(await call('updateArticleFromDialog', { id: imported.id, baseVersion: updated.version })).toBeNull();
    expect(await call('diffRevisions', { id: imported.id, from: labelled.revision })).toMatchObject({
      fields: [{ field: 'headline' }],
      wordsAdded: 2,
      wordsRemoved: 0,
    });
    expect(await call('getRevision', { id: imported.id, revision: labelled.revision })).toMatchObject({ content: { headline: seedHeadline } });
    const reverted = (await call('revertArticle', { id: imported.id, revision: labelled.revision, baseVersion: updated.version })) as Article;
    expect(reverted.headline).toBe(seedHeadline);
    const history = (await call('listRevisions', { id: imported.id })) as { reason: string }[];
    expect(history.map((revision) => revision.reason)).toEqual(['created', 'label', 'update', 'revert']);
    // Spelling: the seed is clean in the default (new) tone style; in the old one only tone placements differ;
    // the settings and the personal dictionary round-trip.
    expect(await call('checkArticleSpelling', { id: created.id })).toEqual({ language: 'vi', toneStyle: 'new', findings: [] });
    expect(await call('getSpellingSettings', {})).toEqual({ toneStyle: 'new', enabled: true });
    expect(await call('setSpellingSettings', { toneStyle: 'old' })).toEqual({ toneStyle: 'old', enabled: true });
    const oldStyle = (await call('checkArticleSpelling', { id: created.id })) as { findings: { kind: string }[] };
    expect(oldStyle.findings.length).toBeGreaterThan(0);
    expect(new Set(oldStyle.findings.map((finding) => finding.kind))).toEqual(new Set(['tonePlacement']));
    expect(await call('setSpellingSettings', { toneStyle: 'new', enabled: false })).toEqual({ toneStyle: 'new', enabled: false });
    expect(await call('addDictionaryWord', { word: 'Zalo' })).toEqual({ words: ['Zalo'] });
    expect(await call('listDictionaryWords', {})).toEqual({ words: ['Zalo'] });
    expect(await call('removeDictionaryWord', { word: 'Zalo' })).toEqual({ words: [] });

    // This test must exercise every channel there is.
    expect([...called].sort()).toEqual([...apiChannels].sort());
    expect(logged).toEqual([]);
  });

  it('accepts a headline of exactly 1000 characters', async () => {
    const { id } = library.articles.create();
    const headline = 'Đ'.repeat(1000);
    expectOk(await dispatch(channel('updateArticle'), { id, baseVersion: 1, headline }));
    expect(library.articles.get(id).headline).toBe(headline);
  });
});

describe('input of the wrong shape', () => {
  let existing: Article;
  beforeEach(() => {
    existing = library.articles.create({ headline: seedHeadline, body: seedDocument() });
    library.settings.setLanguage('vi');
  });

  const cases: [string, ApiMethod, (id: number) => unknown, string?][] = [
    ['missing id', 'getArticle', () => ({}), 'id'],
    ['id as a string', 'updateArticle', (id) => ({ baseVersion: 1, id: String(id), headline: 'x' }), 'id'],
    ['negative id', 'deleteArticle', (id) => ({ id: -id }), 'id'],
    ['zero id', 'deleteArticle', () => ({ id: 0 }), 'id'],
    ['fractional id', 'getArticle', (id) => ({ id: id + 0.5 }), 'id'],
    ['extra keys', 'updateArticle', (id) => ({ baseVersion: 1, id, headline: 'x', status: 'filed' })],
    ['extra keys on an empty input', 'listArticles', () => ({ all: true })],
    ['body not a doc', 'updateArticle', (id) => ({ baseVersion: 1, id, body: { type: 'paragraph', content: [{ type: 'text', text: 'x' }] } }), 'body'],
    ['body as a string', 'updateArticle', (id) => ({ baseVersion: 1, id, body: 'Tin và ảnh' }), 'body'],
    ['body node without a type', 'updateArticle', (id) => ({ baseVersion: 1, id, body: { type: 'doc', content: [{ text: 'x' }] } })],
    ['headline over 1000 chars', 'updateArticle', (id) => ({ baseVersion: 1, id, headline: 'a'.repeat(1001) }), 'headline'],
    ['a save without the version it was based on', 'updateArticle', (id) => ({ id, headline: 'x' }), 'baseVersion'],
    ['headline over 1000 chars on create', 'createArticle', () => ({ headline: 'ư'.repeat(1001) }), 'headline'],
    ['headline not a string', 'createArticle', () => ({ headline: 42 }), 'headline'],
    ['unknown language', 'setLanguage', () => ({ language: 'fr' }), 'language'],
    ['non-object input', 'getArticle', (id) => id],
    ['a string input', 'deleteArticle', () => 'xóa hết'],
    ['an array input', 'listArticles', () => []],
    ['null', 'deleteArticle', () => null],
    ['undefined', 'setLanguage', () => undefined],
    ['unknown tone style', 'setSpellingSettings', () => ({ toneStyle: 'newest' }), 'toneStyle'],
    ['empty dictionary word', 'addDictionaryWord', () => ({ word: '  ' }), 'word'],
  ];

  it.each(cases)('%s → invalidInput, store unchanged', async (_label, method, input, path) => {
    const before = dump();
    const error = expectError(await dispatch(channel(method), input(existing.id)));
    expect(error.code).toBe('invalidInput');
    expect(error.message).toMatch(/^Invalid request: /);
    expect(error.issues?.length).toBeGreaterThan(0);
    for (const issue of error.issues ?? []) {
      expect(issue).toEqual({ path: expect.any(String), message: expect.any(String) });
      expect(issue.message).not.toBe('');
    }
    if (path) expect(error.issues?.map((issue) => issue.path)).toContain(path);
    expect(typeof error.params.detail).toBe('string');
    expect(dump()).toEqual(before);
    expect(languageChanges).toEqual([]);
    expect(logged).toEqual([]);
  });
});

describe('errors', () => {
  it('an unknown channel returns unknownChannel', async () => {
    for (const name of ['articles:publish', 'toString', '__proto__', '']) {
      const error = expectError(await dispatch(name, {}));
      expect(error).toMatchObject({ code: 'unknownChannel', params: { channel: name } });
      expect(error.message).toBe(`Unknown call “${name}”`);
    }
  });

  it('a NewsdeskError from the store becomes a typed envelope with the English message', async () => {
    const error = expectError(await dispatch(channel('getArticle'), { id: 999 }));
    expect(error).toEqual({ code: 'articleNotFound', params: { id: 999 }, message: 'No article with id 999' });
    // Still English on the wire when the reader chose Vietnamese: the UI renders code + params itself.
    library.settings.setLanguage('vi');
    expect(expectError(await dispatch(channel('deleteArticle'), { id: 998 })).message).toBe('No article with id 998');
    expect(logged).toEqual([]);
  });

  it('a NewsdeskError from any handler keeps its code and params', async () => {
    const table: HandlerTable = {
      ...createHandlerTable({ library }),
      listArticles: () => {
        throw new NewsdeskError('dataDirUnusable', { path: '/thư mục/Tin tức', reason: 'EACCES' });
      },
    };
    const error = expectError(await createDispatch(table, (e) => logged.push(e))(channel('listArticles'), {}));
    expect(error).toEqual({
      code: 'dataDirUnusable',
      params: { path: '/thư mục/Tin tức', reason: 'EACCES' },
      message: 'Cannot use the data folder /thư mục/Tin tức: EACCES',
    });
    expect(logged).toEqual([]);
  });

  it('an unexpected exception becomes internal and is logged', async () => {
    const boom = new Error('disk on fire');
    const broken: HandlerTable = {
      ...createHandlerTable({ library }),
      getArticle: () => {
        throw boom;
      },
      listArticles: async () => Promise.reject(new TypeError('async failure')),
    };
    const log = vi.fn();
    const brokenDispatch = createDispatch(broken, log);

    const error = expectError(await brokenDispatch(channel('getArticle'), { id: 1 }));
    expect(error).toMatchObject({ code: 'internal', params: { detail: 'disk on fire' }, message: 'Something went wrong: disk on fire' });
    expect(log).toHaveBeenCalledWith(boom);

    expect(expectError(await brokenDispatch(channel('listArticles'), {}))).toMatchObject({ code: 'internal', params: { detail: 'async failure' } });
    expect(log).toHaveBeenCalledTimes(2);
  });

  it('a handler answering outside its contract becomes internal, not a malformed success', async () => {
    const liar: HandlerTable = {
      ...createHandlerTable({ library }),
      getSettings: () => ({ language: 'klingon' }) as unknown as { language: 'en' },
    };
    const log = vi.fn();
    const error = expectError(await createDispatch(liar, log)(channel('getSettings'), {}));
    expect(error.code).toBe('internal');
    expect(log).toHaveBeenCalledOnce();
  });
});

describe('createApiClient over dispatch', () => {
  it('returns typed values', async () => {
    const client = createApiClient(dispatch, channelsOf(api));
    const article = await client.createArticle({ headline: seedHeadline });
    expectTypeOf(article.headline).toEqualTypeOf<string>();
    expectTypeOf(article.body).toEqualTypeOf<DocNode>();
    expect(article.headline).toBe(seedHeadline);

    const body = docOf(readSeed().paragraphs.slice(0, 2));
    const { version, ...summary } = await client.updateArticle({ id: article.id, baseVersion: article.version, body });
    expectTypeOf(summary.updated).toEqualTypeOf<string>();
    expect(version).toBe(article.version + 1);
    expect((await client.getArticle({ id: article.id })).body).toEqual(body);
    expect(await client.listArticles({})).toEqual([summary]);
    expect(await client.setLanguage({ language: 'vi' })).toEqual({ language: 'vi' });
    expect(await client.deleteArticle({ id: article.id })).toEqual({ id: article.id });
  });

  it('throws ApiError with code and params on failure', async () => {
    const client = createApiClient(dispatch, channelsOf(api));
    const missing = await client.getArticle({ id: 4242 }).catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(ApiError);
    expect(missing).toMatchObject({ name: 'ApiError', code: 'articleNotFound', params: { id: 4242 }, message: 'No article with id 4242' });

    const invalid = await client.getArticle({ id: -1 }).catch((error: unknown) => error);
    expect(invalid).toBeInstanceOf(ApiError);
    const apiError = invalid as ApiError;
    expect(apiError.code).toBe('invalidInput');
    expect(apiError.issues?.[0]?.path).toBe('id');
  });

  it('uses exactly the contract channels', async () => {
    const seen: string[] = [];
    const client = createApiClient(async (name, input) => {
      seen.push(name);
      return dispatch(name, input);
    }, callChannels);
    expect(Object.keys(client).sort()).toEqual(Object.keys(api).sort());
    await client.listArticles({});
    await client.getSettings({});
    expect(seen).toEqual([api.listArticles.channel, api.getSettings.channel]);
  });
});

describe('apiChannels', () => {
  it('is the set of contract channels, without duplicates', () => {
    const fromContracts = Object.values(api).map((contract) => contract.channel);
    expect(new Set(apiChannels).size).toBe(apiChannels.length);
    expect(new Set(fromContracts).size).toBe(fromContracts.length);
    expect([...apiChannels].sort()).toEqual([...fromContracts].sort());
  });

  it('names only channels that dispatch serves', async () => {
    for (const name of apiChannels) {
      // A symbol never passes validation, so no handler runs; an unserved channel would say unknownChannel.
      expect(expectError(await dispatch(name, Symbol('nothing'))).code).toBe('invalidInput');
    }
  });
});
