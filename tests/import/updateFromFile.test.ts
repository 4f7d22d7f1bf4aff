// Update from a file on a real library: the corrected file's text replaces the article's, the photos stay in
// their figures (matched by caption, then by order), status and details stay, and it is one new revision.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentFigures } from '../../common/text/documentText';
import { figureNode } from '../../common/document/figure';
import { importArticle } from '../../import/importArticle';
import { keepPhotos, updateArticleFromFile } from '../../import/updateFromFile';
import { openLibrary, type Library } from '../../library/openLibrary';
import { readSeed, readSeedText, seedHeadline } from '../helpers/seed';
import { useTempDirs } from '../helpers/tempDir';
import { twoColourJpeg } from '../photos/photoFixtures';

const tempDir = useTempDirs('newsdesk-update-from-file');
let library: Library;
beforeEach(() => {
  library = openLibrary(tempDir());
});
afterEach(() => library.close());

/** The seed imported, its figures given photos, moved to "ready" with a section and tags. */
async function seedWithPhotos() {
  const article = await importArticle(library, { fileName: 'bài.txt', content: readSeedText() });
  const figures = documentFigures(article.body);
  expect(figures.length).toBeGreaterThanOrEqual(2);
  const photos = await library.photos.importPhotos(
    await Promise.all(figures.map(async (_, index) => ({ name: `ảnh ${index}.jpg`, bytes: await twoColourJpeg(40 + index, 30) }))),
    { articleId: article.id },
  );
  const photoIds = photos.map((result) => (result.ok ? result.photo.id : 0));
  let index = 0;
  const body = JSON.parse(JSON.stringify(article.body), (_key, value: unknown) => {
    const node = value as { type?: string; attrs?: Record<string, unknown> };
    if (node?.type === 'figure') return { ...node, attrs: { ...node.attrs, photoId: photoIds[index++] } };
    return value;
  });
  library.articles.update(article.id, { body, section: 'Thời sự', tags: ['thi đua'], targetWords: 900 });
  library.articles.setStatus(article.id, 'ready');
  return { id: article.id, photoIds, captions: figures.map((f) => f.caption) };
}

describe('updateArticleFromFile', () => {
  it('replaces the text, keeps id, photos, status and details, as one new revision', async () => {
    const { id, photoIds, captions } = await seedWithPhotos();
    const before = library.articles.get(id);
    const historyBefore = library.revisions.list(id);
    // The editor's corrections: a tone mark in the headline, a word in the body, the second caption rewritten.
    const corrected = readSeedText()
      .replace(seedHeadline, seedHeadline.replace('Đẩy mạnh', 'Đẩy mạnh hơn'))
      .replace(captions[1]!, 'Chú thích đã sửa của ảnh thứ hai');

    const updated = await updateArticleFromFile(library, id, { fileName: 'bài đã sửa.txt', content: Buffer.from(corrected) });
    expect(updated).toMatchObject({ id, uuid: before.uuid, status: 'ready', section: 'Thời sự', tags: ['thi đua'], targetWords: 900 });
    expect(updated.headline).toContain('Đẩy mạnh hơn');
    const figures = documentFigures(updated.body);
    expect(figures.map((f) => f.photoId)).toEqual(photoIds);
    expect(figures[1]!.caption).toBe('Chú thích đã sửa của ảnh thứ hai');
    expect(figures[0]!.caption).toBe(captions[0]);

    const history = library.revisions.list(id);
    expect(history.length).toBe(historyBefore.length + 1);
    expect(history.at(-1)).toMatchObject({ reason: 'update' });
    expect(history.at(-2)).toMatchObject({ kept: true });
    const diff = library.revisions.diff(id, history.at(-2)!.revision);
    expect(diff.fields.map((f) => f.field)).toEqual(['headline', 'captions']);
    expect(diff.wordsAdded).toBe(1 + 8);
    expect(readSeed().paragraphs.length).toBeGreaterThan(0);
  });

  it('refuses a file read while the article was saved elsewhere, and an empty file, changing nothing', async () => {
    const { id } = await seedWithPhotos();
    const before = library.articles.get(id);
    await expect(updateArticleFromFile(library, id, { fileName: 'sửa.txt', content: 'Tin mới' }, before.version - 1)).rejects.toMatchObject({
      code: 'articleChangedElsewhere',
    });
    await expect(updateArticleFromFile(library, id, { fileName: 'rỗng.txt', content: '  \n' })).rejects.toMatchObject({ code: 'importEmpty' });
    expect(library.articles.get(id)).toEqual(before);
  });
});

describe('keepPhotos', () => {
  const old = [
    { photoId: 1, credit: 'Ảnh: TTXVN', caption: 'Quang cảnh hội nghị' },
    { photoId: 2, credit: '', caption: 'Đại biểu dự hội nghị' },
    { photoId: 3, credit: '', caption: 'Trao thưởng' },
  ];

  it('matches by caption before order, and keeps the figures the file lacks at the end', () => {
    const body = { type: 'doc', content: [figureNode({ caption: 'Đại biểu  dự hội nghị' }), figureNode({ caption: 'Ảnh mới' })] };
    const figures = documentFigures(keepPhotos(body, old));
    expect(figures).toEqual([
      { photoId: 2, credit: '', caption: 'Đại biểu  dự hội nghị' },
      { photoId: 1, credit: 'Ảnh: TTXVN', caption: 'Ảnh mới' },
      { photoId: 3, credit: '', caption: 'Trao thưởng' },
    ]);
  });

  it('keeps every photo of a file without figures', () => {
    expect(documentFigures(keepPhotos({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Tin' }] }] }, old))).toEqual(old);
  });
});
