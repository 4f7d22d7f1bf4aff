// articles:import through dispatch, as the renderer calls it: the file's name and its text in, a new article
// (or a typed error) out; input of the wrong shape is refused before anything is parsed or stored.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { api } from '../../contract/api';
import type { Envelope, WireError } from '../../contract/envelope';
import { articleSchema, type Article } from '../../contract/schemas/article';
import { maxImportTextLength } from '../../contract/schemas/articleImport';
import { createDispatch, type Dispatch } from '../../handlers/dispatch';
import { createHandlerTable } from '../../handlers/handlerTable';
import { openLibrary, type Library } from '../../library/openLibrary';
import { readSeedText, seedHeadline } from '../helpers/seed';
import { useTempDirs } from '../helpers/tempDir';
import { expectedSeedBody } from '../import/plainTextFixtures';

const tempDir = useTempDirs('newsdesk-import-dispatch');
const channel = api.importArticle.channel;

let library: Library;
let dispatch: Dispatch;
let logged: unknown[];
beforeEach(() => {
  library = openLibrary(tempDir());
  logged = [];
  dispatch = createDispatch(createHandlerTable({ library }), (error) => logged.push(error));
});
afterEach(() => {
  library.close();
});

function expectError(reply: Envelope): WireError {
  if (reply.ok) throw new Error(`expected an error, got ${JSON.stringify(reply.value)}`);
  return reply.error;
}

describe('articles:import', () => {
  it('imports the seed sent as text, NFD or not', async () => {
    expect(channel).toBe('articles:import');
    for (const text of [readSeedText(), readSeedText().normalize('NFD')]) {
      const reply = await dispatch(channel, { fileName: 'article-vi.txt', text });
      if (!reply.ok) throw new Error(JSON.stringify(reply.error));
      const article = articleSchema.parse(reply.value) as Article;
      expect(article).toMatchObject({
        headline: seedHeadline,
        dateline: { place: '', date: '2024-06-22' },
        credit: { role: 'textAndPhotos', names: 'Minh Khôi' },
        words: 871,
      });
      expect(article.body).toEqual(expectedSeedBody());
      expect(library.articles.get(article.id)).toEqual(article);
    }
    expect(library.articles.list()).toHaveLength(2);
    expect(logged).toEqual([]);
  });

  it('an unknown extension is unsupportedImportFormat, with the English message', async () => {
    const error = expectError(await dispatch(channel, { fileName: 'bài.odt', text: readSeedText() }));
    expect(error).toEqual({
      code: 'unsupportedImportFormat',
      params: { file: 'bài.odt', formats: '.txt, .md, .markdown, .html, .htm, .docx' },
      message: 'Cannot import “bài.odt”: Newsdesk imports .txt, .md, .markdown, .html, .htm, .docx files',
    });
    expect(library.articles.list()).toEqual([]);
  });

  it('a Word file sent as text (what File.text() makes of it) cannot be read; sent as bytes it must be a .docx', async () => {
    expect(expectError(await dispatch(channel, { fileName: 'bài.docx', text: 'PK\u0003\u0004\ufffd' }))).toMatchObject({
      code: 'importDocumentUnreadable',
      params: { file: 'bài.docx', format: 'Word (.docx)' },
    });
    expect(expectError(await dispatch(channel, { fileName: 'bài.docx', bytes: Buffer.from('PK not a zip').toString('base64') }))).toMatchObject({
      code: 'importDocumentUnreadable',
    });
    expect(library.articles.list()).toEqual([]);
    expect(logged).toEqual([]);
  });

  it('text the renderer decoded from non-UTF-8 bytes is importNotText; blank text is importEmpty', async () => {
    expect(expectError(await dispatch(channel, { fileName: 'a.txt', text: 'Ti\ufffdu \ufffd\ufffd' }))).toMatchObject({ code: 'importNotText' });
    expect(expectError(await dispatch(channel, { fileName: 'a.txt', text: '\u00a0\n' }))).toMatchObject({ code: 'importEmpty' });
    expect(library.articles.list()).toEqual([]);
    expect(logged).toEqual([]);
  });

  const invalid: [string, unknown, string?][] = [
    ['no file name', { text: 'Tin' }, 'fileName'],
    ['an empty file name', { fileName: '', text: 'Tin' }, 'fileName'],
    ['a file name over 255 characters', { fileName: `${'ả'.repeat(252)}.txt`, text: 'Tin' }, 'fileName'],
    ['no text', { fileName: 'a.txt' }, 'text'],
    ['text as bytes', { fileName: 'a.txt', text: [84, 105, 110] }, 'text'],
    ['text over 20 MB', { fileName: 'a.txt', text: 'a'.repeat(maxImportTextLength + 1) }, 'text'],
    ['text and bytes both', { fileName: 'a.txt', text: 'Tin', bytes: 'VGlu' }, 'text'],
    ['bytes that are not base64', { fileName: 'a.docx', bytes: 'không phải base64!' }, 'bytes'],
    ['a path instead of a name and text', { path: '/etc/passwd' }],
    ['extra keys', { fileName: 'a.txt', text: 'Tin', path: '/etc/passwd' }],
    ['a string', 'a.txt'],
  ];

  it.each(invalid)('%s → invalidInput, nothing stored', async (_label, input, path) => {
    const error = expectError(await dispatch(channel, input));
    expect(error.code).toBe('invalidInput');
    if (path) expect(error.issues?.map((issue) => issue.path)).toContain(path);
    expect(library.articles.list()).toEqual([]);
    expect(logged).toEqual([]);
  });
});
