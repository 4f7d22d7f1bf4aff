// The history calls as the app makes them (dispatch: validated input, typed envelope), on a real library:
// the contract the history panel, "Update from file…" and the conflict notice are built on.
import fs from 'node:fs';
import path from 'node:path';
import { Document, ImageRun, Packer, Paragraph, TextRun, HeadingLevel } from 'docx';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { api, type ApiMethod } from '../../contract/api';
import type { Envelope } from '../../contract/envelope';
import type { Article } from '../../contract/schemas/article';
import type { ArticleDiff, Revision } from '../../contract/schemas/revision';
import { createDispatch, type Dispatch } from '../../handlers/dispatch';
import { createHandlerTable } from '../../handlers/handlerTable';
import { openLibrary, type Library } from '../../library/openLibrary';
import { docOf } from '../helpers/seed';
import { useTempDirs } from '../helpers/tempDir';
import { twoColourJpeg } from '../photos/photoFixtures';
import { figureNode } from '../../common/document/figure';

const tempDir = useTempDirs('newsdesk-revision-calls');
let library: Library;
let dispatch: Dispatch;

beforeEach(() => {
  library = openLibrary(tempDir());
  dispatch = createDispatch(createHandlerTable({ library }));
});
afterEach(() => library.close());

async function call<T>(method: ApiMethod, input: unknown): Promise<T> {
  const reply = await dispatch(api[method].channel, input);
  if (!reply.ok) throw new Error(`expected ok, got ${JSON.stringify(reply.error)}`);
  return reply.value as T;
}

describe('two editors, one article, through the contract', () => {
  it('refuses a stale save with a typed error (its code and params, for the renderer to translate); the text stays as the other editor left it', async () => {
    const article = await call<Article>('createArticle', { headline: 'Tin' });
    await call('updateArticle', { id: article.id, baseVersion: article.version, headline: 'Bản của cửa sổ kia' });
    const reply: Envelope = await dispatch(api.updateArticle.channel, { id: article.id, baseVersion: article.version, headline: 'Bản của cửa sổ này' });
    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'articleChangedElsewhere', params: { id: article.id, version: article.version + 1 }, message: expect.stringContaining('was changed elsewhere') },
    });
    expect(library.articles.get(article.id).headline).toBe('Bản của cửa sổ kia');

    // Keeping its own: saved on top of the version the refusal named, the other text kept in history.
    const saved = await call<{ version: number }>('updateArticle', { id: article.id, baseVersion: article.version + 1, sealPrevious: true, headline: 'Bản của cửa sổ này' });
    expect(saved.version).toBe(article.version + 2);
    const history = await call<Revision[]>('listRevisions', { id: article.id });
    const other = await call<{ content: { headline: string } }>('getRevision', { id: article.id, revision: history.at(-2)!.revision });
    expect(other.content.headline).toBe('Bản của cửa sổ kia');
  });

  it('refuses a revert and an update from a file based on a stale version', async () => {
    const article = await call<Article>('createArticle', { headline: 'Tin' });
    await call('updateArticle', { id: article.id, baseVersion: article.version, headline: 'Tin mới' });
    for (const [method, input] of [
      ['revertArticle', { id: article.id, revision: 1, baseVersion: article.version }],
      ['updateArticleFromFile', { id: article.id, baseVersion: article.version, fileName: 'a.txt', text: 'Tin khác\n\nMột đoạn.' }],
    ] as const) {
      expect(await dispatch(api[method].channel, input)).toMatchObject({ ok: false, error: { code: 'articleChangedElsewhere' } });
    }
    expect(library.articles.get(article.id).headline).toBe('Tin mới');
  });
});

describe('history calls', () => {
  it('update from a Word file sent as bytes keeps the photo; the diff shows the tone mark changed', async () => {
    const [photo] = await library.photos.importPhotos([{ name: 'hội nghị.jpg', bytes: await twoColourJpeg(48, 32) }]);
    if (!photo?.ok) throw new Error('fixture photo refused');
    const created = await call<Article>('createArticle', { headline: 'Hội nghị hòa giải' });
    const body = { type: 'doc', content: [...docOf(['Sáng nay hội nghị khai mạc.']).content!, figureNode({ photoId: photo.photo.id, caption: 'Quang cảnh hội nghị' })] };
    const { version } = await call<{ version: number }>('updateArticle', { id: created.id, baseVersion: created.version, body });

    const picture = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#3a6' } }).png().toBuffer();
    const word = await Packer.toBuffer(
      new Document({
        sections: [
          {
            children: [
              new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('Hội nghị hoà giải')] }),
              new Paragraph({ children: [new TextRun('Sáng nay hội nghị khai mạc.')] }),
              new Paragraph({ children: [new ImageRun({ type: 'png', data: picture, transformation: { width: 40, height: 30 } })] }),
              new Paragraph({ style: 'Caption', children: [new TextRun('Quang cảnh hội nghị')] }),
            ],
          },
        ],
      }),
    );
    const updated = await call<Article>('updateArticleFromFile', { id: created.id, baseVersion: version, fileName: 'bài sửa.docx', bytes: word.toString('base64') });
    expect(updated.headline).toBe('Hội nghị hoà giải');
    expect(updated.body.content?.find((node) => node.type === 'figure')?.attrs).toMatchObject({ photoId: photo.photo.id });

    const history = await call<Revision[]>('listRevisions', { id: created.id });
    expect(history.at(-1)).toMatchObject({ reason: 'update' });
    const diff = await call<ArticleDiff>('diffRevisions', { id: created.id, from: history.at(-2)!.revision });
    expect(diff).toEqual({
      fields: [{ field: 'headline', parts: [{ op: 'same', text: 'Hội nghị ' }, { op: 'removed', text: 'hòa' }, { op: 'added', text: 'hoà' }, { op: 'same', text: ' giải' }] }],
      wordsAdded: 1,
      wordsRemoved: 1,
    });
  });

  it('answers a missing revision and a bad label with typed errors', async () => {
    const { id } = await call<Article>('createArticle', {});
    expect(await dispatch(api.getRevision.channel, { id, revision: 7 })).toMatchObject({ ok: false, error: { code: 'revisionNotFound', params: { id, revision: 7 } } });
    expect(await dispatch(api.saveVersion.channel, { id, label: '   ' })).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
    expect(await dispatch(api.diffRevisions.channel, { id, from: 0 })).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
    expect(await dispatch(api.updateArticleFromFile.channel, { id, fileName: 'a.txt' })).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
  });
});

describe('update from the shell’s own open dialog', () => {
  it('reads the one chosen file, reports the import and names the file; a cancelled dialog changes nothing', async () => {
    const folder = tempDir();
    const filePath = path.join(folder, 'bản sửa.txt');
    // UTF-8, the tone mark moved (hòa → hoà).
    fs.writeFileSync(filePath, 'Hội nghị hoà bình\n\nĐoạn một đã sửa.\n');
    let chosen: string | undefined = filePath;
    const shellDispatch = createDispatch(createHandlerTable({ library, chooseUpdateFile: async () => chosen }));
    const article = library.articles.get(library.articles.create({ headline: 'Hội nghị hòa bình', body: docOf(['Đoạn một.']) }).id);
    const reply = await shellDispatch(api.updateArticleFromDialog.channel, { id: article.id, baseVersion: article.version });
    expect(reply).toMatchObject({ ok: true, value: { id: article.id, headline: 'Hội nghị hoà bình', fileName: 'bản sửa.txt', importReport: { notes: [], duplicateOf: null } } });
    const revisions = library.revisions.list(article.id);
    expect(revisions.at(-1)).toMatchObject({ reason: 'update' });
    chosen = undefined;
    const before = library.articles.get(article.id);
    expect(await shellDispatch(api.updateArticleFromDialog.channel, { id: article.id })).toEqual({ ok: true, value: null });
    expect(library.articles.get(article.id).version).toBe(before.version);
  });

  it('without a shell dialog (the browser), refuses with a typed error', async () => {
    const { id } = await call<Article>('createArticle', {});
    expect(await dispatch(api.updateArticleFromDialog.channel, { id })).toMatchObject({ ok: false, error: { code: 'importDialogUnavailable' } });
  });
});

