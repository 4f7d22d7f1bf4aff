// Which articles use which photos: derived from every save's figures in the same transaction, listed in order
// of appearance, and the cleanup that removes photos (rows and files) no article uses, and nothing else.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { appendFigures, figureNode } from '../../common/document/figure';
import { documentFigures } from '../../common/text/documentText';
import type { Photo } from '../../contract/schemas/photo';
import type { ImportOutcome } from '../../photos/photoStore';
import type { DocNode } from '../../contract/schemas/document';
import { openLibrary, type Library } from '../../library/openLibrary';
import { docOf, paragraph } from '../helpers/seed';
import { useTempDirs } from '../helpers/tempDir';
import { listFiles, noiseJpeg } from './photoFixtures';

const tempDir = useTempDirs('newsdesk-article-photos');

let dataDir: string;
let library: Library;
let jpegs: Buffer[];

beforeAll(async () => {
  jpegs = await Promise.all([0, 1, 2, 3].map((seed) => noiseJpeg(160, 120, seed)));
});

beforeEach(() => {
  dataDir = tempDir();
  library = openLibrary(dataDir);
});

afterEach(() => library.close());

async function importAll(): Promise<Photo[]> {
  const outcomes = await library.photos.importPhotos(jpegs.map((bytes, i) => ({ name: `anh-${i}.jpg`, bytes })));
  return outcomes.map((outcome) => {
    if (!outcome.ok) throw new Error(outcome.error.message);
    return outcome.photo;
  });
}

function bodyWith(...photoIds: (number | null)[]): DocNode {
  return { type: 'doc', content: [paragraph('Tin ảnh'), ...photoIds.map((photoId) => figureNode({ photoId, caption: 'Chú thích', credit: 'TTXVN' }))] };
}

const ids = (photos: Photo[]) => photos.map((photo) => photo.id);

describe('article_photos follows the body', () => {
  it('lists an article’s photos in order of first appearance; a reorder or a removal is one save', async () => {
    const [a, b, c] = await importAll();
    const { id } = library.articles.create({ body: bodyWith(c!.id, a!.id, c!.id, null, 9999) });
    expect(ids(library.photos.listOfArticle(id))).toEqual([c!.id, a!.id]);
    library.articles.update(id, { body: bodyWith(a!.id, b!.id, c!.id) });
    expect(ids(library.photos.listOfArticle(id))).toEqual([a!.id, b!.id, c!.id]);
    library.articles.update(id, { body: bodyWith(b!.id) });
    expect(ids(library.photos.listOfArticle(id))).toEqual([b!.id]);
    // A save that leaves the body alone leaves the links alone.
    library.articles.update(id, { headline: 'Tin mới' });
    expect(ids(library.photos.listOfArticle(id))).toEqual([b!.id]);
  });

  it('never blocks a save on a figure whose photo is missing, nor links it', () => {
    const { id } = library.articles.create({ body: bodyWith(42, null) });
    expect(library.articles.get(id).body).toEqual(bodyWith(42, null));
    expect(library.photos.listOfArticle(id)).toEqual([]);
  });

  it('goes with its article’s row (ON DELETE CASCADE), whichever way the article is deleted for good', async () => {
    const [a] = await importAll();
    const { id } = library.articles.create({ body: bodyWith(a!.id) });
    expect(library.photos.isUsed(a!.id)).toBe(true);
    library.db.prepare('DELETE FROM articles WHERE id = ?').run(id);
    expect(library.photos.isUsed(a!.id)).toBe(false);
    expect(library.db.prepare('SELECT count(*) AS n FROM article_photos').get()).toEqual({ n: 0 });
  });

  it('answers "is this photo used" from the index on photo_id', () => {
    const plan = library.db
      .prepare<[], { detail: string }>('EXPLAIN QUERY PLAN SELECT EXISTS (SELECT 1 FROM article_photos WHERE photo_id = 1)')
      .all()
      .map((row) => row.detail);
    expect(plan.join('\n')).toMatch(/USING (COVERING )?INDEX article_photos_by_photo/);
  });

  it('an import for an article holds its photos until the next save says which figures use them', async () => {
    const { id } = library.articles.create({ body: bodyWith() });
    const outcomes = await library.photos.importPhotos(jpegs.slice(0, 2).map((bytes, i) => ({ name: `${i}.jpg`, bytes })), { articleId: id });
    const [a, b] = outcomes.map((outcome) => (outcome.ok ? outcome.photo.id : 0));
    expect(ids(library.photos.listOfArticle(id))).toEqual([a, b]);
    expect((await library.photos.removeUnreferenced()).removed).toEqual([]);
    // Importing the same photo again for the same article does not hold it twice.
    await library.photos.importPhotos([{ name: 'again.jpg', bytes: jpegs[0]! }], { articleId: id });
    expect(ids(library.photos.listOfArticle(id))).toEqual([a, b]);
    library.articles.update(id, { body: bodyWith(b!) });
    expect(ids(library.photos.listOfArticle(id))).toEqual([b]);
  });

  it('unknown articles are refused', () => {
    expect(() => library.photos.listOfArticle(77)).toThrow(expect.objectContaining({ code: 'articleNotFound' }));
  });
});

describe('removeUnreferenced', () => {
  it('keeps a photo two articles use when one drops it, and removes it (row and files) when neither does', async () => {
    const [shared, onlyFirst, unused, fourth] = await importAll();
    const first = library.articles.create({ body: bodyWith(shared!.id, onlyFirst!.id) });
    const second = library.articles.create({ body: bodyWith(shared!.id) });
    const fileOf = async (photo: Photo) => (await library.photos.photoFile(photo.id, 'original')).path;
    const sharedFile = await fileOf(shared!);

    // Used nowhere from the start.
    expect((await library.photos.removeUnreferenced()).removed).toEqual([unused!.id, fourth!.id]);
    expect(() => library.photos.get(unused!.id)).toThrow(expect.objectContaining({ code: 'photoNotFound' }));

    library.articles.update(first.id, { body: bodyWith(onlyFirst!.id) });
    expect((await library.photos.removeUnreferenced()).removed).toEqual([]);
    expect(library.photos.get(shared!.id)).toEqual(shared);
    expect(fs.existsSync(sharedFile)).toBe(true);

    library.articles.update(second.id, { body: bodyWith() });
    expect((await library.photos.removeUnreferenced()).removed).toEqual([shared!.id]);
    expect(fs.existsSync(sharedFile)).toBe(false);
    await expect(library.photos.photoFile(shared!.id, 'thumb')).rejects.toMatchObject({ code: 'photoNotFound' });
    const left = listFiles(path.join(dataDir, 'photos'));
    expect(left).toHaveLength(3);
    expect(left.every((file) => file.includes(onlyFirst!.hash))).toBe(true);
  });

  it('never gives a removed photo’s id to a new photo', async () => {
    const idOf = (outcomes: ImportOutcome[]) => (outcomes[0]?.ok ? outcomes[0].photo.id : 0);
    const a = idOf(await library.photos.importPhotos([{ name: 'a.jpg', bytes: jpegs[0]! }]));
    expect((await library.photos.removeUnreferenced()).removed).toEqual([a]);
    const b = idOf(await library.photos.importPhotos([{ name: 'b.jpg', bytes: jpegs[1]! }]));
    expect(b).toBeGreaterThan(a);
  });

  it('sweeps what a crash left behind once it is old, and only then', async () => {
    const [kept] = await importAll();
    library.articles.create({ body: bodyWith(kept!.id) });
    const orphanHash = 'ab'.repeat(32);
    const strays = [
      path.join(dataDir, 'photos/originals/.tmp-0123456789abcdef01234567'),
      path.join(dataDir, `photos/originals/ab/${orphanHash}.jpg`),
      path.join(dataDir, `photos/derived/${orphanHash}-thumb.jpg`),
      path.join(dataDir, 'photos/derived/.tmp-89abcdef0123456789abcdef'),
    ];
    const notOurs = path.join(dataDir, 'photos/derived/notes.txt');
    for (const file of [...strays, notOurs]) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, 'x');
    }
    await library.photos.removeUnreferenced();
    expect(strays.every((file) => fs.existsSync(file))).toBe(true); // young: an import may still be running

    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    for (const file of [...strays, notOurs]) fs.utimesSync(file, twoHoursAgo, twoHoursAgo);
    await library.photos.removeUnreferenced();
    expect(strays.filter((file) => fs.existsSync(file))).toEqual([]);
    expect(fs.existsSync(notOurs)).toBe(true);
    expect(fs.existsSync((await library.photos.photoFile(kept!.id, 'original')).path)).toBe(true);
  });
});

describe('figure nodes', () => {
  it('appendFigures writes the editor’s figure shape, a caption line break as a hardBreak', () => {
    const body = appendFigures(docOf(['Đoạn một']), [{ photoId: 3, caption: 'Quang cảnh\nHội nghị', credit: 'Ảnh: TTXVN' }, { photoId: 4, caption: '', credit: '' }]);
    expect(body.content?.slice(1)).toEqual([
      { type: 'figure', attrs: { photoId: 3, credit: 'Ảnh: TTXVN' }, content: [{ type: 'text', text: 'Quang cảnh' }, { type: 'hardBreak' }, { type: 'text', text: 'Hội nghị' }] },
      { type: 'figure', attrs: { photoId: 4, credit: '' } },
    ]);
    expect(documentFigures(body)).toEqual([
      { photoId: 3, caption: 'Quang cảnh\nHội nghị', credit: 'Ảnh: TTXVN' },
      { photoId: 4, caption: '', credit: '' },
    ]);
    expect(appendFigures({ type: 'doc', content: [{ type: 'paragraph' }] }, [{ photoId: 1, caption: 'a', credit: '' }]).content).toHaveLength(1);
  });
});
