// The import service over a real library: the importer is picked by extension, bytes are decoded strictly,
// what is not an article is refused with an error naming the file, and a refused file leaves no article.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NewsdeskError } from '../../common/errors/newsdeskError';
import { createTranslator, translateError } from '../../common/i18n/catalog';
import { articleSchema } from '../../contract/schemas/article';
import { importArticle } from '../../import/importArticle';
import { importExtensions } from '../../import/importers';
import { openLibrary, type Library } from '../../library/openLibrary';
import { readSeedText, seedHeadline } from '../helpers/seed';
import { useTempDirs } from '../helpers/tempDir';
import { expectedSeedBody } from './plainTextFixtures';

const tempDir = useTempDirs('newsdesk-import');
const english = createTranslator('en');
const seedText = readSeedText();
const seedBytes = new TextEncoder().encode(seedText);

let library: Library;
beforeEach(() => {
  library = openLibrary(tempDir());
});
afterEach(() => {
  library.close();
});

/** The error a call throws, asserted to be a NewsdeskError, with its English message. */
async function errorOf(run: () => unknown): Promise<{ code: string; params: Record<string, unknown>; message: string }> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(NewsdeskError);
    const { code, params } = error as NewsdeskError;
    return { code, params, message: translateError(english, code, params) };
  }
  throw new Error('expected an error');
}

describe('importArticle', () => {
  it('creates the seed as an article: headline, dateline, credit, body, counts', async () => {
    const article = await importArticle(library, { fileName: 'article-vi.txt', content: seedBytes });
    expect(articleSchema.parse(article)).toEqual(article);
    expect(article).toMatchObject({
      headline: seedHeadline,
      sapo: '',
      dateline: { place: '', date: '2024-06-22' },
      datelineDate: '2024-06-22',
      credit: { role: 'textAndPhotos', names: 'Minh Khôi' },
      status: 'draft',
      language: 'vi',
      words: 871,
    });
    expect(article.body).toEqual(expectedSeedBody());
    expect(library.articles.get(article.id)).toEqual(article);
  });

  it('reads bytes and text alike, with or without a BOM, any case of extension', async () => {
    const fromBytes = await importArticle(library, { fileName: 'a.txt', content: seedBytes });
    const withBom = await importArticle(library, { fileName: 'B.TXT', content: new Uint8Array([0xef, 0xbb, 0xbf, ...seedBytes]) });
    const fromText = await importArticle(library, { fileName: 'c.Txt', content: `\ufeff${seedText}` });
    for (const article of [withBom, fromText]) {
      expect({ ...article, id: 0, uuid: '', created: '', updated: '', statusHistory: [] }).toEqual({
        ...fromBytes,
        id: 0,
        uuid: '',
        created: '',
        updated: '',
        statusHistory: [],
      });
    }
  });

  it('an unknown extension is unsupportedImportFormat, naming the file and the formats', async () => {
    for (const fileName of ['bài viết.odt', 'notes', 'archive.txt.zip', '.txt.']) {
      const error = await errorOf(() => importArticle(library, { fileName, content: seedBytes }));
      expect(error).toEqual({
        code: 'unsupportedImportFormat',
        params: { file: fileName, formats: '.txt, .md, .markdown, .html, .htm, .docx' },
        message: `Cannot import “${fileName}”: Newsdesk imports .txt, .md, .markdown, .html, .htm, .docx files`,
      });
    }
    expect(importExtensions).toEqual(['.txt', '.md', '.markdown', '.html', '.htm', '.docx']);
    expect(library.articles.list()).toEqual([]);
  });

  it('invalid UTF-8 no encoding clearly reads, binary data and replacement characters are importNotText, naming the file and the encodings tried', async () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode('Tin '), 0xe0, 0x20, 0x48, 0xe0, 0x20, 0x4e, 0xe9]);
    const garbage = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    // UTF-16 whose byte-order mark promises more than its bytes hold: a lone surrogate.
    const utf16 = Uint8Array.of(0xff, 0xfe, 0x54, 0x00, 0x00, 0xd8);
    const cases: [string, Uint8Array | string][] = [
      ['latin1.txt', latin1],
      ['garbage.txt', garbage],
      ['ảnh.txt', png],
      ['utf16.txt', utf16],
      ['nul.txt', 'Tiêu đề\u0000\n\nĐoạn.'],
      ['mis-decoded.txt', `Ti\ufffdu \ufffd\ufffd\n\n${seedText}`],
      ['lone-surrogate.txt', `Tiêu đề \ud83d\n\nĐoạn.`],
    ];
    for (const [fileName, content] of cases) {
      const error = await errorOf(() => importArticle(library, { fileName, content }));
      expect(error.code, fileName).toBe('importNotText');
      expect(error.message).toBe(
        `“${fileName}” is not text in an encoding Newsdesk reads (UTF-8, UTF-16LE, UTF-16BE, Windows-1258, TCVN3, VNI, VISCII). Save it as plain text in UTF-8 and import it again.`,
      );
    }
    expect(library.articles.list()).toEqual([]);
  });

  it('tabs, form feeds and emoji are text', async () => {
    const article = await importArticle(library, { fileName: 'ok.txt', content: 'Tiêu đề 🎉\n\nĐoạn\tmột.\f\n\nĐoạn hai.' });
    expect(article.headline).toBe('Tiêu đề 🎉');
  });

  it('an empty file, blank lines only, or web chrome only is importEmpty', async () => {
    for (const content of [new Uint8Array(), '\n \u00a0\n', 'Gửi cho bạn bè\n\nCác tin khác\n\nXem nhiều nhất']) {
      const error = await errorOf(() => importArticle(library, { fileName: 'trống.txt', content }));
      expect(error).toEqual({ code: 'importEmpty', params: { file: 'trống.txt' }, message: '“trống.txt” holds no article text' });
    }
    expect(library.articles.list()).toEqual([]);
  });

  it('a 10 MB file is refused as importTooLarge (its body is past what the editor holds); 5 MB imports', async () => {
    const lines = seedText.split('\n');
    const creditIndex = lines.indexOf('Tin và ảnh: Minh Khôi');
    const body = lines.slice(2, creditIndex).join('\n');
    const fileOf = (bytes: number) => {
      const copies = Math.ceil(bytes / Buffer.byteLength(body));
      return { copies, text: [lines[0], lines[1], ...Array<string>(copies).fill(body), ...lines.slice(creditIndex)].join('\n') };
    };

    const big = fileOf(10_000_000);
    const error = await errorOf(() => importArticle(library, { fileName: 'lớn.txt', content: new TextEncoder().encode(big.text) }));
    expect(error).toEqual({ code: 'importTooLarge', params: { file: 'lớn.txt' }, message: '“lớn.txt” is too long to be one article' });
    expect(library.articles.list()).toEqual([]);

    const half = fileOf(5_000_000);
    const article = await importArticle(library, { fileName: 'vừa.txt', content: half.text });
    expect(article.words).toBe(871 * half.copies);
    expect(article.credit).toEqual({ role: 'textAndPhotos', names: 'Minh Khôi' });
    expect(articleSchema.safeParse(article).success).toBe(true);
  });
});
