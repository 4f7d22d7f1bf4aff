// `newsdesk photo add` and `newsdesk photo list`, spawned as a reporter's terminal would run them.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { documentFigures } from '../../common/text/documentText';
import { openLibrary } from '../../library/openLibrary';
import { useTempDirs } from '../helpers/tempDir';
import { pdfBytes, twoColourJpeg, useExifTool, writeFile } from './photoFixtures';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const tempDir = useTempDirs('newsdesk-photo-cli');
const writeTags = useExifTool();

function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const clean = { ...process.env };
  for (const name of ['NEWSDESK_DATA_DIR', 'NEWSDESK_LANG', 'NEWSDESK_DEBUG', 'LC_ALL', 'LC_MESSAGES', 'LANGUAGE']) delete clean[name];
  return new Promise((resolve) => {
    execFile(process.execPath, ['bin/newsdesk.mjs', ...args], { cwd: repo, env: { ...clean, LANG: 'en_US.UTF-8', ...env }, encoding: 'utf8' }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr }),
    );
  });
}

describe('newsdesk photo', () => {
  it('add imports the good files, appends a figure each, prints their ids; a bad file is one line and exit 1', async () => {
    const dataDir = tempDir();
    const inbox = tempDir();
    const library = openLibrary(dataDir);
    const { id } = library.articles.create({ headline: 'Tin ảnh', body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Đoạn đầu.' }] }] } });
    library.close();

    const tagged = writeFile(inbox, 'hoi-nghi.jpg', await twoColourJpeg(600, 400));
    await writeTags(tagged, { 'XMP-dc:Description': 'Quang cảnh Hội nghị', 'XMP-photoshop:Credit': 'Ảnh: TTXVN', 'XMP-dc:Creator': ['Thống Nhất'] });
    const plain = writeFile(inbox, 'dai-bieu.jpg', await twoColourJpeg(300, 300));
    const bad = writeFile(inbox, 'bao-cao.jpg', pdfBytes());

    const added = await cli(['--data-dir', dataDir, 'photo', 'add', String(id), tagged, bad, plain, '--credit', 'Ảnh: Minh Khôi']);
    expect(added.code).toBe(1);
    expect(added.stdout).toMatch(/^\d+\n\d+\n$/);
    const [taggedId, plainId] = added.stdout.trim().split('\n').map(Number);
    expect(added.stderr).toBe(`newsdesk: “${bad}” is a PDF file, not a photo Newsdesk can use. Use JPEG, PNG, WebP, TIFF or AVIF.\n`);

    // --caption wins over the photo's own caption; without it the photo's own fills the figure.
    const again = await cli(['--data-dir', dataDir, 'photo', 'add', String(id), plain, '--caption', 'Các đại biểu dự Hội nghị']);
    expect(again).toEqual({ code: 0, stdout: `${plainId}\n`, stderr: '' });

    const reopened = openLibrary(dataDir);
    try {
      const { body } = reopened.articles.get(id);
      expect(body.content?.[0]).toEqual({ type: 'paragraph', content: [{ type: 'text', text: 'Đoạn đầu.' }] });
      expect(documentFigures(body)).toEqual([
        { photoId: taggedId, caption: 'Quang cảnh Hội nghị', credit: 'Ảnh: Minh Khôi' },
        { photoId: plainId, caption: '', credit: 'Ảnh: Minh Khôi' },
        { photoId: plainId, caption: 'Các đại biểu dự Hội nghị', credit: 'Ảnh: Minh Khôi' },
      ]);
    } finally {
      reopened.close();
    }

    const listed = await cli(['--data-dir', dataDir, 'photo', 'list', String(id), '--json']);
    expect(listed.stderr).toBe('');
    const photos = JSON.parse(listed.stdout) as Record<string, unknown>[];
    expect(photos.map((photo) => photo.id)).toEqual([taggedId, plainId]);
    for (const photo of photos) expect(Object.keys(photo)).toEqual(expect.arrayContaining(['id', 'caption', 'credit', 'creator', 'width', 'height', 'mime', 'bytes']));
    expect(photos[0]).toMatchObject({ caption: 'Quang cảnh Hội nghị', credit: 'Ảnh: Minh Khôi', creator: 'Thống Nhất', width: 600, height: 400, mime: 'image/jpeg', name: path.basename(tagged) });
    expect(photos[1]).toMatchObject({ caption: 'Các đại biểu dự Hội nghị', credit: 'Ảnh: Minh Khôi' });
  });

  it('speaks Vietnamese, and refuses an unknown article before importing anything', async () => {
    const dataDir = tempDir();
    const photo = writeFile(tempDir(), 'a.jpg', await twoColourJpeg(50, 50));
    const [missing, list] = await Promise.all([
      cli(['--data-dir', dataDir, 'photo', 'add', '42', photo], { LANG: 'vi_VN.UTF-8' }),
      // Its own folder: two processes creating one library at once race on its first migration.
      cli(['--data-dir', tempDir(), 'photo', 'list', 'abc']),
    ]);
    expect(missing).toEqual({ code: 1, stdout: '', stderr: 'newsdesk: Không có bài nào có mã 42\n' });
    expect(list).toEqual({ code: 1, stdout: '', stderr: 'newsdesk: “abc” is not an article id (a whole number, such as 12)\n' });
    const library = openLibrary(dataDir);
    try {
      expect(library.db.prepare('SELECT count(*) AS n FROM photos').get()).toEqual({ n: 0 });
    } finally {
      library.close();
    }
  });
});
