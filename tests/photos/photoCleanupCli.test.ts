// `newsdesk photo cleanup`: photos no article uses are deleted, files and rows; used ones stay.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../library/openLibrary';
import { useTempDirs } from '../helpers/tempDir';
import { twoColourJpeg } from './photoFixtures';

const tempDir = useTempDirs('newsdesk-photo-cleanup');
const repoRoot = path.resolve(import.meta.dirname, '../..');

describe('newsdesk photo cleanup', () => {
  it('removes only the photos no article uses and prints their ids', async () => {
    const dataDir = tempDir();
    const library = openLibrary(dataDir);
    const article = library.articles.create({ headline: 'Ảnh' });
    const outcomes = await library.photos.importPhotos(
      [
        { name: 'giu.jpg', bytes: await twoColourJpeg(60, 40) },
        { name: 'bo.jpg', bytes: await twoColourJpeg(80, 40) },
      ],
      { articleId: article.id },
    );
    const [kept, dropped] = outcomes.map((outcome) => (outcome.ok ? outcome.photo : undefined));
    library.articles.update(article.id, {
      body: { type: 'doc', content: [{ type: 'figure', attrs: { photoId: kept!.id, credit: '' }, content: [{ type: 'text', text: 'Giữ lại' }] }] },
    });
    const droppedFile = (await library.photos.photoFile(dropped!.id, 'original')).path;
    library.close();

    const run = spawnSync(process.execPath, ['bin/newsdesk.mjs', '--data-dir', dataDir, 'photo', 'cleanup'], { cwd: repoRoot, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\n')).toEqual([String(dropped!.id)]);
    expect(fs.existsSync(droppedFile)).toBe(false);

    const reopened = openLibrary(dataDir);
    try {
      expect(reopened.photos.getMany([kept!.id, dropped!.id]).map((photo) => photo.id)).toEqual([kept!.id]);
    } finally {
      reopened.close();
    }
  });
});
