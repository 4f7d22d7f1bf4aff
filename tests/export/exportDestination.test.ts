// An export never deletes what it did not create. A folder or a file at the export's name, or a page's
// `<name>_files` folder that is not this article's earlier export, is kept whole: the export takes a free name
// beside it (`tin-nong (2).txt`), or, at a path a save dialog chose, refuses a folder in words. This article's
// own earlier export, unchanged since, is replaced as before.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NewsdeskError } from '../../common/errors/newsdeskError';
import { createTranslator, translateError } from '../../common/i18n/catalog';
import type { Article } from '../../contract/schemas/article';
import { exportArticleTo } from '../../export/exportArticleTo';
import { openLibrary, type Library } from '../../library/openLibrary';
import { databaseFileName } from '../../store/openDatabase';
import { makeTempDir, removeDir } from '../helpers/tempDir';
import { seedSlug, seedWithPhotos } from './exportFixtures';

let dir: string;
let library: Library;
let seed: Article;
let runs = 0;

beforeAll(async () => {
  dir = makeTempDir('newsdesk-export-destination');
  library = openLibrary(path.join(dir, 'library'));
  ({ article: seed } = await seedWithPhotos(library, dir));
});

afterAll(() => {
  library.close();
  removeDir(dir);
});

function outDir(): string {
  const out = path.join(dir, `ra-${(runs += 1)}`);
  fs.mkdirSync(out);
  return out;
}

const tinNong = () => library.articles.create({ headline: 'Tin nóng' }).id;

describe('into a folder', () => {
  it('a folder named like the file is kept with everything in it; the export takes a free name', async () => {
    const out = outDir();
    fs.mkdirSync(path.join(out, 'tin-nong.txt'));
    fs.writeFileSync(path.join(out, 'tin-nong.txt', 'notes'), 'keep\n');
    const written = await exportArticleTo(library, tinNong(), { format: 'txt', outDir: out });
    expect(written.path).toBe(path.join(out, 'tin-nong (2).txt'));
    expect(fs.readFileSync(path.join(out, 'tin-nong.txt', 'notes'), 'utf8')).toBe('keep\n');
    expect(fs.readdirSync(out).sort()).toEqual(['tin-nong (2).txt', 'tin-nong.txt']);
  });

  it('a reporter’s own file of that name is kept too', async () => {
    const out = outDir();
    fs.writeFileSync(path.join(out, 'tin-nong.txt'), 'bản nháp của tôi\n');
    expect((await exportArticleTo(library, tinNong(), { format: 'txt', outDir: out })).path).toBe(path.join(out, 'tin-nong (2).txt'));
    expect(fs.readFileSync(path.join(out, 'tin-nong.txt'), 'utf8')).toBe('bản nháp của tôi\n');
  });

  it('another article’s export of the same name is not this one’s: it is kept', async () => {
    const out = outDir();
    const first = await exportArticleTo(library, tinNong(), { format: 'txt', outDir: out });
    const second = await exportArticleTo(library, tinNong(), { format: 'txt', outDir: out });
    expect([first.path, second.path]).toEqual([path.join(out, 'tin-nong.txt'), path.join(out, 'tin-nong (2).txt')]);
  });

  it('an HTML page’s photo folder that is not ours is kept; the page and its photos take a free name together', async () => {
    const out = outDir();
    fs.mkdirSync(path.join(out, `${seedSlug}_files`));
    fs.writeFileSync(path.join(out, `${seedSlug}_files`, 'ghi chú.txt'), 'giữ lại\n');
    const written = await exportArticleTo(library, seed.id, { format: 'html', outDir: out });
    expect(written.files).toEqual([path.join(out, `${seedSlug} (2)_files`), path.join(out, `${seedSlug} (2).html`)]);
    expect(fs.readdirSync(path.join(out, `${seedSlug}_files`))).toEqual(['ghi chú.txt']);
    expect(fs.readFileSync(written.path, 'utf8')).toContain(`src="${encodeURIComponent(`${seedSlug} (2)_files`)}/${seedSlug}-01.jpg"`);
    expect(fs.readdirSync(path.join(out, `${seedSlug} (2)_files`))).toEqual([`${seedSlug}-01.jpg`, `${seedSlug}-02.jpg`]);
  });

  it('this article’s earlier export is replaced, page and folder, under the same names', async () => {
    const out = outDir();
    const first = await exportArticleTo(library, seed.id, { format: 'html', outDir: out });
    fs.writeFileSync(path.join(out, `${seedSlug}_files`, `${seedSlug}-01.jpg`), 'ảnh cũ');
    // Touching a file inside leaves the folder itself as it was: still ours.
    const again = await exportArticleTo(library, seed.id, { format: 'html', outDir: out });
    expect(again.files).toEqual(first.files);
    expect(fs.readdirSync(out).sort()).toEqual([`${seedSlug}.html`, `${seedSlug}_files`]);
    expect(fs.readFileSync(path.join(out, `${seedSlug}_files`, `${seedSlug}-01.jpg`)).subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
  });

  it('an earlier export the reporter has since added to is theirs now: kept', async () => {
    const out = outDir();
    await exportArticleTo(library, seed.id, { format: 'html', outDir: out });
    fs.writeFileSync(path.join(out, `${seedSlug}_files`, 'chú thích thêm.txt'), 'của tôi\n');
    const again = await exportArticleTo(library, seed.id, { format: 'html', outDir: out });
    expect(again.path).toBe(path.join(out, `${seedSlug} (2).html`));
    expect(fs.readdirSync(path.join(out, `${seedSlug}_files`)).sort()).toEqual(['chú thích thêm.txt', `${seedSlug}-01.jpg`, `${seedSlug}-02.jpg`]);
  });

  it('a headline that names a Windows device gets an ordinary name', async () => {
    const out = outDir();
    const { id } = library.articles.create({ headline: 'CON' });
    expect(path.basename((await exportArticleTo(library, id, { format: 'txt', outDir: out })).path)).toBe(`con-${id}.txt`);
  });

  it('a library opened read-only replaces nothing, not even its own earlier export', async () => {
    const out = outDir();
    const id = tinNong();
    await exportArticleTo(library, id, { format: 'txt', outDir: out });
    const dataDir = path.join(dir, 'library');
    const readOnly = openLibrary(dataDir, { writeCheck: (file) => file !== path.join(dataDir, databaseFileName) });
    try {
      expect((await exportArticleTo(readOnly, id, { format: 'txt', outDir: out })).path).toBe(path.join(out, 'tin-nong (2).txt'));
    } finally {
      readOnly.close();
    }
  });
});

describe('to the path a save dialog chose', () => {
  it('a folder at that path is refused in words, kept whole', async () => {
    const out = outDir();
    const chosen = path.join(out, 'Bài gửi.txt');
    fs.mkdirSync(chosen);
    fs.writeFileSync(path.join(chosen, 'notes'), 'keep\n');
    let caught: unknown;
    try {
      await exportArticleTo(library, tinNong(), { format: 'txt', outPath: chosen });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(NewsdeskError);
    const error = caught as NewsdeskError;
    expect(error).toMatchObject({ code: 'exportNameTaken', params: { path: chosen } });
    expect([createTranslator('en'), createTranslator('vi')].map((t) => translateError(t, error.code, error.params))).toEqual([
      `${chosen} already exists and was not made by this article’s export, so Newsdesk did not replace it. Choose another name, or move it away.`,
      `${chosen} đã có sẵn và không phải do lần xuất trước của bài này tạo ra, nên Newsdesk không ghi đè. Hãy chọn tên khác, hoặc chuyển nó đi nơi khác.`,
    ]);
    expect(fs.readFileSync(path.join(chosen, 'notes'), 'utf8')).toBe('keep\n');
    expect(fs.readdirSync(out)).toEqual(['Bài gửi.txt']);
  });

  it('the file the dialog asked about is replaced; a photo folder not ours is kept and the photos go beside it', async () => {
    const out = outDir();
    const chosen = path.join(out, 'Bài gửi.html');
    fs.writeFileSync(chosen, 'trang cũ');
    fs.mkdirSync(path.join(out, 'Bài gửi_files'));
    fs.writeFileSync(path.join(out, 'Bài gửi_files', 'notes'), 'keep\n');
    const written = await exportArticleTo(library, seed.id, { format: 'html', outPath: chosen });
    expect(written.files).toEqual([path.join(out, 'Bài gửi (2)_files'), chosen]);
    expect(fs.readFileSync(chosen, 'utf8')).toContain('Bài gửi (2)_files'.split('/').map(encodeURIComponent).join('/'));
    expect(fs.readdirSync(path.join(out, 'Bài gửi_files'))).toEqual(['notes']);
  });
});
