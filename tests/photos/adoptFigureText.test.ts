// Editing a figure's caption or credit in the article updates the photo's own record.
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../../handlers/dispatch';
import { createHandlerTable } from '../../handlers/handlerTable';
import { openLibrary, type Library } from '../../library/openLibrary';
import { useTempDirs } from '../helpers/tempDir';
import { twoColourJpeg } from './photoFixtures';

const tempDir = useTempDirs('newsdesk-adopt');
let library: Library;
afterEach(() => library?.close());

describe('figure text becomes the photo’s record', () => {
  it('updates caption and credit of the photo when the article is saved, and leaves blanks alone', async () => {
    library = openLibrary(tempDir());
    const dispatch = createDispatch(createHandlerTable({ library }));
    const article = library.articles.create({ headline: 'Ảnh' });
    const [result] = await library.photos.importPhotos([{ name: 'a.jpg', bytes: await twoColourJpeg(64, 48) }], { articleId: article.id });
    if (!result?.ok) throw new Error('fixture photo refused');
    const photoId = result.photo.id;
    const figure = (caption: string, credit: string) => ({
      type: 'figure',
      attrs: { photoId, credit },
      content: caption ? [{ type: 'text', text: caption.normalize('NFD') }] : [],
    });

    const saved = await dispatch('articles:update', { id: article.id, baseVersion: article.version, body: { type: 'doc', content: [figure('Quang cảnh Hội nghị', 'Minh Khôi')] } });
    expect(saved.ok).toBe(true);
    expect(library.photos.get(photoId)).toMatchObject({ caption: 'Quang cảnh Hội nghị', credit: 'Minh Khôi' });

    expect((await dispatch('articles:update', { id: article.id, baseVersion: article.version + 1, body: { type: 'doc', content: [figure('', '')] } })).ok).toBe(true);
    expect(library.photos.get(photoId)).toMatchObject({ caption: 'Quang cảnh Hội nghị', credit: 'Minh Khôi' });
  });
});
