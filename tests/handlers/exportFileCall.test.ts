// articles:exportFile, the browser app's export: no save dialog and no path from the page; the file comes
// back whole (photos inside it) for the page to download, and nothing is left on disk.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../../contract/api';
import type { Envelope, WireError } from '../../contract/envelope';
import type { Article } from '../../contract/schemas/article';
import type { ExportedFile } from '../../contract/schemas/articleExport';
import { createDispatch, type Dispatch } from '../../handlers/dispatch';
import { createHandlerTable } from '../../handlers/handlerTable';
import { openLibrary, type Library } from '../../library/openLibrary';
import { makeTempDir, removeDir } from '../helpers/tempDir';
import { seedSlug, seedWithPhotos } from '../export/exportFixtures';

let dir: string;
let library: Library;
let article: Article;
let dispatch: Dispatch;

beforeAll(async () => {
  dir = makeTempDir('newsdesk-export-file');
  library = openLibrary(path.join(dir, 'library'));
  ({ article } = await seedWithPhotos(library, dir));
  dispatch = createDispatch(createHandlerTable({ library }));
});
afterAll(() => {
  library.close();
  removeDir(dir);
});

function file(reply: Envelope): ExportedFile {
  if (!reply.ok) throw new Error(JSON.stringify(reply.error));
  return reply.value as ExportedFile;
}
function failed(reply: Envelope): WireError {
  if (reply.ok) throw new Error(`expected an error, got ${JSON.stringify(reply.value)}`);
  return reply.error;
}
const downloadsLeft = () => fs.readdirSync(os.tmpdir()).filter((name) => name.startsWith('newsdesk-download-'));

describe('articles:exportFile', () => {
  it('returns the plain-text export as one named file', async () => {
    const got = file(await dispatch(api.exportArticleFile.channel, { id: article.id, format: 'txt', jobId: 'download-txt' }));
    expect(got.fileName).toBe(`${seedSlug}.txt`);
    const text = Buffer.from(got.base64, 'base64').toString('utf8');
    expect(text).toContain('Khối thi đua các cơ quan Đảng Trung ương');
    expect(text).toBe(text.normalize('NFC'));
  });

  it('puts the photos inside an HTML page, since a download is one file, and leaves no folder behind', async () => {
    const before = downloadsLeft();
    const got = file(await dispatch(api.exportArticleFile.channel, { id: article.id, format: 'html', jobId: 'download-html' }));
    expect(got.fileName).toBe(`${seedSlug}.html`);
    const html = Buffer.from(got.base64, 'base64').toString('utf8');
    expect(html).toMatch(/<img[^>]+src="data:image\/jpeg;base64,/);
    expect(html).not.toContain('_files/');
    expect(downloadsLeft().filter((name) => !before.includes(name))).toEqual([]);
  });

  it('returns a Word file as its bytes', async () => {
    const got = file(await dispatch(api.exportArticleFile.channel, { id: article.id, format: 'docx', jobId: 'download-docx' }));
    expect(Buffer.from(got.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
  });

  it('takes no path, no embedding choice and no unknown format', async () => {
    const call = (input: object) => dispatch(api.exportArticleFile.channel, { id: article.id, format: 'txt', jobId: 'download-bad', ...input });
    expect(failed(await call({ outPath: '/tmp/x.txt' }))).toMatchObject({ code: 'invalidInput' });
    expect(failed(await call({ embedPhotos: false }))).toMatchObject({ code: 'invalidInput' });
    expect(failed(await call({ format: 'odt' }))).toMatchObject({ code: 'invalidInput' });
    expect(failed(await call({ jobId: '../../etc' }))).toMatchObject({ code: 'invalidInput' });
  });
});
