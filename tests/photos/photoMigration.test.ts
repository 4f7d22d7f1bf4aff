// Migration 4 (photos): a library from before it opens with its articles intact and an empty photo store that
// works at once; a library at 4 keeps its photos and links.
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { figureNode } from '../../common/document/figure';
import { migrate } from '../../store/migrate';
import { databaseFileName } from '../../store/openDatabase';
import { openLibrary } from '../../library/openLibrary';
import { useTempDirs } from '../helpers/tempDir';
import { twoColourJpeg } from './photoFixtures';

const tempDir = useTempDirs('newsdesk-photo-migration');

describe('migration 4', () => {
  it('opens a version-3 library whose bodies already hold figures; the next save links real photos only', async () => {
    const dir = tempDir();
    const raw = new Database(path.join(dir, databaseFileName));
    migrate(raw, { target: 3 });
    const body = { type: 'doc', content: [figureNode({ photoId: 1, caption: 'Ảnh cũ', credit: '' })] };
    raw
      .prepare("INSERT INTO articles (id, uuid, body_json, created_at, updated_at) VALUES (5, 'f0e1d2c3-b4a5-4968-8776-655443322110', ?, '2024-06-22T04:00:00.000Z', '2024-06-22T04:00:00.000Z')")
      .run(JSON.stringify(body));
    raw.close();

    const library = openLibrary(dir);
    try {
      expect(library.articles.get(5).body).toEqual(body);
      expect(library.photos.listOfArticle(5)).toEqual([]);
      const [outcome] = await library.photos.importPhotos([{ name: 'moi.jpg', bytes: await twoColourJpeg(40, 30) }]);
      const photoId = outcome?.ok ? outcome.photo.id : 0;
      expect(photoId).toBe(1);
      library.articles.update(5, { headline: 'Sửa tít' });
      expect(library.photos.listOfArticle(5)).toEqual([]); // links follow saves of the body, not of other fields
      library.articles.update(5, { body });
      expect(library.photos.listOfArticle(5).map((photo) => photo.id)).toEqual([1]);
    } finally {
      library.close();
    }
  });

  it('keeps a version-4 library’s photos and links', () => {
    const dir = tempDir();
    const raw = new Database(path.join(dir, databaseFileName));
    migrate(raw, { target: 4 });
    raw
      .prepare(
        `INSERT INTO photos (id, hash, original_name, mime, bytes, width, height, caption, credit, creator, copyright, taken_at, imported_at)
         VALUES (9, ?, 'Hội nghị.jpg', 'image/jpeg', 1000, 400, 300, 'Quang cảnh', 'TTXVN', 'Thống Nhất', '© TTXVN', NULL, '2024-06-22T04:00:00.000Z')`,
      )
      .run('ab'.repeat(32));
    raw.prepare("INSERT INTO articles (id, uuid, body_json, created_at, updated_at) VALUES (2, 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d', '{}', 'x', 'x')").run();
    raw.prepare('INSERT INTO article_photos (article_id, photo_id, position) VALUES (2, 9, 0)').run();
    raw.close();

    const library = openLibrary(dir);
    try {
      expect(library.photos.listOfArticle(2)).toEqual([
        {
          id: 9,
          hash: 'ab'.repeat(32),
          name: 'Hội nghị.jpg',
          mime: 'image/jpeg',
          bytes: 1000,
          width: 400,
          height: 300,
          caption: 'Quang cảnh',
          credit: 'TTXVN',
          creator: 'Thống Nhất',
          copyright: '© TTXVN',
          takenAt: null,
          importedAt: '2024-06-22T04:00:00.000Z',
        },
      ]);
    } finally {
      library.close();
    }
  });

  it('refuses rows that would break the store: a photo twice, a link to no photo', () => {
    const raw = new Database(path.join(tempDir(), databaseFileName));
    try {
      migrate(raw, { target: 4 });
      raw.pragma('foreign_keys = ON');
      const insert = raw.prepare(
        "INSERT INTO photos (hash, original_name, mime, bytes, width, height, imported_at) VALUES (?, 'a.jpg', 'image/jpeg', 1, 1, 1, 'x')",
      );
      insert.run('cd'.repeat(32));
      expect(() => insert.run('cd'.repeat(32))).toThrow(/UNIQUE/);
      expect(() => insert.run('short')).toThrow(/CHECK/);
      raw.prepare("INSERT INTO articles (id, uuid, body_json, created_at, updated_at) VALUES (1, 'u', '{}', 'x', 'x')").run();
      expect(() => raw.prepare('INSERT INTO article_photos (article_id, photo_id, position) VALUES (1, 77, 0)').run()).toThrow(/FOREIGN KEY/);
    } finally {
      raw.close();
    }
  });
});
