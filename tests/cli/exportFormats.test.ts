// `newsdesk export ID --format … --out DIR [--photos full|display] [--embed-photos]` for every format, and
// `newsdesk import` for every format, through the real CLI: each export prints the one path it wrote; a PDF
// without a Chromium is one line saying so; a bad option is one line.
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLibrary } from '../../library/openLibrary';
import { makeTempDir, removeDir } from '../helpers/tempDir';
import { seedSlug, seedWithPhotos } from '../export/exportFixtures';
import { hasTool, tools } from '../export/externalTools';
import { cli, errorLines, expectSuccess, expectUserError } from './cliProcess';

let dir: string;
let dataDir: string;
let id: string;

beforeAll(async () => {
  dir = makeTempDir('newsdesk-cli-export');
  dataDir = path.join(dir, 'library');
  const library = openLibrary(dataDir);
  try {
    id = String((await seedWithPhotos(library, dir, { width: 2400, height: 1600 })).article.id);
  } finally {
    library.close();
  }
}, 120_000);

afterAll(() => removeDir(dir));

const exportTo = (out: string, ...options: string[]) => cli(['--data-dir', dataDir, 'export', id, '--out', out, ...options]);

describe('newsdesk export', () => {
  it('writes every format and prints the path of each', async () => {
    const formats = ['docx', 'html', 'md', 'txt', 'ninjs', 'zip', ...(hasTool(tools.chromium) ? ['pdf'] : [])];
    const runs = await Promise.all(formats.map((format) => exportTo(path.join(dir, format), '--format', format)));
    const extensions: Record<string, string> = { ninjs: 'ninjs.json' };
    runs.forEach((run, index) => {
      const format = formats[index]!;
      const written = path.join(dir, format, `${seedSlug}.${extensions[format] ?? format}`);
      expect(expectSuccess(run)).toBe(`${written}\n`);
      expect(fs.statSync(written).size).toBeGreaterThan(0);
    });
    expect(fs.readdirSync(path.join(dir, 'html')).sort()).toEqual([`${seedSlug}.html`, `${seedSlug}_files`]);
  });

  it('--photos full puts the originals beside the page; --embed-photos puts them inside it', async () => {
    const [full, embedded] = await Promise.all([
      exportTo(path.join(dir, 'full'), '--format', 'html', '--photos', 'full'),
      exportTo(path.join(dir, 'embedded'), '--format', 'html', '--embed-photos'),
    ]);
    expectSuccess(full!);
    expect(await sharp(path.join(dir, 'full', `${seedSlug}_files`, `${seedSlug}-01.jpg`)).metadata()).toMatchObject({ width: 2400, height: 1600 });
    expect(await sharp(path.join(dir, 'html', `${seedSlug}_files`, `${seedSlug}-01.jpg`)).metadata()).toMatchObject({ width: 1600, height: 1067 });
    expectSuccess(embedded!);
    expect(fs.readdirSync(path.join(dir, 'embedded'))).toEqual([`${seedSlug}.html`]);
  });

  it('a PDF without a Chromium is one line saying so, and writes nothing', async () => {
    const run = await cli(['--data-dir', dataDir, 'export', id, '--format', 'pdf', '--out', path.join(dir, 'no-pdf')], { CHROME_PATH: path.join(dir, 'không có chromium') });
    expect(expectUserError(run)).toBe('PDF export needs Chromium: install it (e.g. apt-get install chromium) or set CHROME_PATH to its program');
    expect(fs.existsSync(path.join(dir, 'no-pdf'))).toBe(false);
  });

  it('a wrong photo size is one line', async () => {
    expect(expectUserError(await exportTo(path.join(dir, 'x'), '--format', 'html', '--photos', 'huge'))).toBe(
      "option '--photos <size>' argument 'huge' is invalid. Allowed choices are display, full.",
    );
  });
});

describe('newsdesk import', () => {
  it('takes every format it offers: our own Word, HTML and Markdown exports come back as articles', async () => {
    const files = [path.join(dir, 'docx', `${seedSlug}.docx`), path.join(dir, 'html', `${seedSlug}.html`), path.join(dir, 'md', `${seedSlug}.md`)];
    const run = await cli(['--data-dir', dataDir, 'import', ...files]);
    expect(run.code, run.stderr).toBe(0);
    // stderr holds only the imports' reports: each file brings its two photos; a later file may say the
    // library already holds its content (an earlier one of the three).
    const notes = errorLines(run);
    for (const file of files) expect(notes).toContain(`${file}: 2 photos brought into the photo store`);
    for (const note of notes) expect(note).toMatch(/: (2 photos brought into the photo store|The library already holds this content: “.+”)$/u);
    const ids = run.stdout.trim().split('\n');
    expect(ids).toHaveLength(3);
    const shown = await Promise.all(ids.map((newId) => cli(['--data-dir', dataDir, 'show', newId, '--json'])));
    for (const show of shown) {
      expect(JSON.parse(expectSuccess(show))).toMatchObject({
        headline: 'Khối thi đua các cơ quan Đảng Trung ương: Đẩy mạnh hoạt động năm 2022 gắn với hoàn thành xuất sắc nhiệm vụ chính trị',
        dateline: { place: 'Hà Nội', date: '2024-06-22' },
        credit: { role: 'textAndPhotos', names: 'Minh Khôi' },
        counts: { words: 871 },
      });
    }
  });
});
