// The photo calls of the contract, end to end through dispatch: bytes in (never paths), typed per-file
// refusals, the panel's reads and edits, the shell's dialog when there is one.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { api, type ApiMethod } from '../../contract/api';
import type { Envelope, WireError } from '../../contract/envelope';
import { maxPhotoUploadBytes, type Photo } from '../../contract/schemas/photo';
import { createDispatch, type Dispatch } from '../../handlers/dispatch';
import { createHandlerTable } from '../../handlers/handlerTable';
import { openLibrary, type Library } from '../../library/openLibrary';
import { useTempDirs } from '../helpers/tempDir';
import { listFiles, pdfBytes, twoColourJpeg, useExifTool, writeFile } from './photoFixtures';

const tempDir = useTempDirs('newsdesk-photo-calls');
const writeTags = useExifTool();

let dataDir: string;
let library: Library;
let dispatch: Dispatch;
let chosen: string[] | undefined;
let withoutDialog: Dispatch;
let jpeg: Buffer;

beforeAll(async () => {
  jpeg = await twoColourJpeg(320, 240);
});

beforeEach(() => {
  dataDir = tempDir();
  library = openLibrary(dataDir);
  chosen = undefined;
  dispatch = createDispatch(createHandlerTable({ library, choosePhotoFiles: async () => chosen ?? [] }));
  withoutDialog = createDispatch(createHandlerTable({ library }));
});

afterEach(() => library.close());

async function call(method: ApiMethod, input: unknown, via = dispatch): Promise<unknown> {
  const reply: Envelope = await via(api[method].channel, input);
  if (!reply.ok) throw new Error(JSON.stringify(reply.error));
  return api[method].output.parse(reply.value);
}

async function callError(method: ApiMethod, input: unknown, via = dispatch): Promise<WireError> {
  const reply = await via(api[method].channel, input);
  if (reply.ok) throw new Error(`expected an error, got ${JSON.stringify(reply.value)}`);
  return reply.error;
}

type Results = { results: ({ ok: true; photo: Photo; duplicate: boolean; name: string } | { ok: false; name: string; error: WireError })[] };

describe('importPhotoBytes', () => {
  it('imports base64 bytes for an article, and reports a bad file typed, with its name, among good ones', async () => {
    const { id } = library.articles.create();
    const tagged = writeFile(tempDir(), 'tagged.jpg', jpeg);
    await writeTags(tagged, { 'XMP-dc:Description': 'Quang cảnh Hội nghị', 'XMP-photoshop:Credit': 'Ảnh: TTXVN' });
    const files = [
      { name: 'Ảnh 1.jpg', bytes: fs.readFileSync(tagged).toString('base64') },
      { name: 'bao-cao.jpg', bytes: pdfBytes().toString('base64') },
      { name: 'Ảnh 1 (copy).jpg', bytes: fs.readFileSync(tagged).toString('base64') },
    ];
    const { results } = (await call('importPhotoBytes', { articleId: id, files })) as Results;
    expect(results.map((result) => result.ok)).toEqual([true, false, true]);
    const [first, refused, again] = results as [Results['results'][number], Results['results'][number], Results['results'][number]];
    expect(first).toMatchObject({ ok: true, name: 'Ảnh 1.jpg', duplicate: false, photo: { caption: 'Quang cảnh Hội nghị', credit: 'Ảnh: TTXVN', width: 320 } });
    expect(refused).toEqual({
      ok: false,
      name: 'bao-cao.jpg',
      error: {
        code: 'photoFormatUnsupported',
        params: { name: 'bao-cao.jpg', format: 'PDF' },
        message: '“bao-cao.jpg” is a PDF file, not a photo Newsdesk can use. Use JPEG, PNG, WebP, TIFF or AVIF.',
      },
    });
    expect(again).toMatchObject({ ok: true, duplicate: true, photo: { id: first.ok ? first.photo.id : 0 } });
    expect(await call('listArticlePhotos', { articleId: id })).toEqual([first.ok && first.photo]);
  });

  it('refuses input of the wrong shape before storing anything', async () => {
    const b64 = jpeg.toString('base64');
    const cases = [
      { files: [] },
      { files: [{ name: 'a.jpg', bytes: 'không phải base64!' }] },
      { files: [{ name: '', bytes: b64 }] },
      { files: [{ name: 'a.jpg', bytes: b64, path: '/etc/passwd' }] },
      { files: [{ name: 'a.jpg', bytes: [1, 2, 3] }] },
      { files: Array.from({ length: 21 }, (_, i) => ({ name: `${i}.jpg`, bytes: b64 })) },
      { files: [{ name: 'a.jpg', bytes: b64 }], path: '/tmp/a.jpg' },
      { files: [{ name: 'big.jpg', bytes: 'A'.repeat(Math.ceil(maxPhotoUploadBytes / 3) * 4 + 4) }] },
    ];
    for (const input of cases) expect((await callError('importPhotoBytes', input)).code).toBe('invalidInput');
    expect((await callError('importPhotoBytes', { articleId: 404, files: [{ name: 'a.jpg', bytes: b64 }] })).code).toBe('articleNotFound');
    expect(listFiles(path.join(dataDir, 'photos'))).toEqual([]);
    expect(library.db.prepare('SELECT count(*) AS n FROM photos').get()).toEqual({ n: 0 });
  });
});

describe('the photo panel’s calls', () => {
  it('getPhotos, updatePhoto, listArticlePhotos, removeUnusedPhotos', async () => {
    const { results } = (await call('importPhotoBytes', {
      files: [
        { name: 'a.jpg', bytes: jpeg.toString('base64') },
        { name: 'b.jpg', bytes: (await twoColourJpeg(100, 80)).toString('base64') },
      ],
    })) as Results;
    const [a, b] = results.map((result) => (result.ok ? result.photo : null));
    expect(await call('getPhotos', { ids: [b!.id, 999, a!.id] })).toEqual([b, a]);

    const edited = (await call('updatePhoto', { id: a!.id, caption: 'Quang cảnh Hội nghị'.normalize('NFD'), credit: ' Ảnh: Minh Khôi ' })) as Photo;
    expect(edited).toMatchObject({ caption: 'Quang cảnh Hội nghị', credit: 'Ảnh: Minh Khôi' });
    expect((await callError('updatePhoto', { id: 999, caption: 'x' })).code).toBe('photoNotFound');
    expect((await callError('updatePhoto', { id: a!.id, caption: 'x'.repeat(5001) })).code).toBe('invalidInput');

    const article = library.articles.create({
      body: { type: 'doc', content: [{ type: 'figure', attrs: { photoId: a!.id, credit: edited.credit }, content: [{ type: 'text', text: edited.caption }] }] },
    });
    expect(await call('listArticlePhotos', { articleId: article.id })).toEqual([edited]);
    expect((await callError('listArticlePhotos', { articleId: 999 })).code).toBe('articleNotFound');
    expect(await call('removeUnusedPhotos', {})).toEqual({ removed: [b!.id] });
    expect(await call('getPhotos', { ids: [a!.id, b!.id] })).toEqual([edited]);
  });
});

describe('importPhotosFromDialog', () => {
  it('imports what the shell’s dialog chose; a cancelled dialog imports nothing', async () => {
    const file = writeFile(tempDir(), 'Hội nghị.jpg', jpeg);
    chosen = [file];
    const { results } = (await call('importPhotosFromDialog', {})) as Results;
    expect(results).toMatchObject([{ ok: true, name: file, photo: { name: 'Hội nghị.jpg' } }]);
    chosen = [];
    expect(await call('importPhotosFromDialog', {})).toEqual({ results: [] });
  });

  it('is unavailable without a dialog (the browser harness), and refuses an unknown article before opening it', async () => {
    const error = await callError('importPhotosFromDialog', {}, withoutDialog);
    expect(error).toMatchObject({ code: 'photoDialogUnavailable', message: 'Choosing photos from disk is not available here: drop them onto the article instead' });
    let opened = false;
    const watching = createDispatch(createHandlerTable({ library, choosePhotoFiles: async () => ((opened = true), []) }));
    expect((await callError('importPhotosFromDialog', { articleId: 5 }, watching)).code).toBe('articleNotFound');
    expect(opened).toBe(false);
    expect((await callError('importPhotosFromDialog', { path: '/etc' })).code).toBe('invalidInput');
  });
});
