// A small real library for the backup tests: the Vietnamese seed article with three photo-like JPEGs as its
// figures, plus a second article, in a fresh data folder.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import sharp from 'sharp';
import { afterEach } from 'vitest';
import { openLibrary, type Library } from '../../library/openLibrary';
import { databaseFileName } from '../../store/openDatabase';
import { readSeed, seedDocument } from '../helpers/seed';
import { useTempDirs } from '../helpers/tempDir';

export async function photoJpeg(seed: number, size = 96): Promise<Buffer> {
  return sharp({ create: { width: size, height: size, channels: 3, background: '#000', noise: { type: 'gaussian', mean: 90 + seed, sigma: 30 } } })
    .jpeg({ quality: 80 })
    .toBuffer();
}

/** A library with the seed article holding three photos; returns it open. */
export async function makeLibrary(dataDir: string): Promise<Library> {
  const library = openLibrary(dataDir);
  const seed = readSeed();
  const article = library.articles.create({ headline: seed.headline });
  const outcomes = await library.photos.importPhotos(
    await Promise.all([0, 1, 2].map(async (i) => ({ name: `ảnh-${i + 1}.jpg`, bytes: await photoJpeg(i) }))),
    { articleId: article.id },
  );
  const photoIds = outcomes.map((outcome) => (outcome.ok ? outcome.photo.id : 0));
  const body = seedDocument();
  const figures = photoIds.map((photoId, i) => ({ type: 'figure', attrs: { photoId, credit: 'Ảnh: TTXVN' }, content: [{ type: 'text', text: seed.captions[i] ?? `Chú thích ${i}` }] }));
  library.articles.update(article.id, { body: { ...body, content: [...(body.content ?? []), ...figures] } });
  library.articles.create({ headline: 'Bài thứ hai: Đà Nẵng đón khách' });
  return library;
}

/** Every row of the tables that hold a reporter's work, for comparing a restored library with its source. */
export function libraryRows(dataDir: string): Record<string, unknown[]> {
  const db = new Database(path.join(dataDir, databaseFileName), { readonly: true });
  try {
    const tables = ['articles', 'article_tags', 'status_changes', 'photos', 'article_photos', 'settings'];
    return Object.fromEntries(tables.map((table) => [table, db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all()]));
  } finally {
    db.close();
  }
}

export function filesIn(dir: string): string[] {
  return fs.existsSync(dir) ? (fs.readdirSync(dir, { recursive: true }) as string[]).map((name) => name.split(path.sep).join('/')).sort() : [];
}

/**
 * Call at the top of a test file: fresh folders (removed after each test) and fixture libraries (closed after
 * each test, before their folders go).
 */
export function useBackupLibraries(label: string): { tempDir: () => string; library: () => Promise<Library> } {
  const tempDir = useTempDirs(label);
  const open: Library[] = [];
  afterEach(() => {
    for (const library of open.splice(0)) library.close();
  });
  return {
    tempDir,
    async library() {
      const made = await makeLibrary(path.join(tempDir(), 'library'));
      open.push(made);
      return made;
    },
  };
}
