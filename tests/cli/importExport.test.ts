// import, export, show --json and status through the real CLI: the seed goes in, comes out as the seed's
// own lines, and goes in again as the same article.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSeedText, seedFile, seedHeadline } from '../helpers/seed';
import { useTempDirs } from '../helpers/tempDir';
import { contentLines, seedCaptions, seedLinesAboveChrome } from '../import/plainTextFixtures';
import { cli, errorLines, expectSuccess, expectUserError } from './cliProcess';

const tempDir = useTempDirs('newsdesk-cli-io');
const seedSlugFile = 'khoi-thi-dua-cac-co-quan-dang-trung-uong.txt';

/** What differs between two imports of the same text. */
function withoutIdentity(article: Record<string, unknown>): Record<string, unknown> {
  const { id: _id, uuid: _uuid, created: _created, updated: _updated, statusHistory, ...rest } = article;
  return { ...rest, statusHistory: (statusHistory as { status: string }[]).map((change) => change.status) };
}

describe('newsdesk import / export / show --json', () => {
  it('imports the seed, shows it, exports it as its own lines, and imports that again to the same article', async () => {
    const dir = tempDir();
    const out = path.join(tempDir(), 'bài xuất', 'tháng 6');

    const imported = expectSuccess(await cli(['--data-dir', dir, 'import', seedFile]));
    expect(imported).toMatch(/^\d+\n$/);
    const id = imported.trim();

    const [shown, exported] = await Promise.all([
      cli(['--data-dir', dir, 'show', id, '--json']),
      cli(['--data-dir', dir, 'export', id, '--format', 'txt', '--out', out]),
    ]);
    const article = JSON.parse(expectSuccess(shown!)) as Record<string, unknown>;
    expect(article).toMatchObject({
      headline: seedHeadline,
      sapo: '',
      status: 'draft',
      dateline: { place: '', date: '2024-06-22' },
      credit: { role: 'textAndPhotos', names: 'Minh Khôi' },
      counts: { words: 871, characters: expect.any(Number) },
      figures: [
        { caption: seedCaptions.first, credit: '' },
        { caption: seedCaptions.secondLines.join('\n'), credit: '' },
      ],
    });
    expect((article.counts as { characters: number }).characters).toBe([...(article.text as string).replace(/\n/g, '')].length);

    const written = expectSuccess(exported!);
    expect(written).toBe(`${path.join(out, seedSlugFile)}\n`);
    const file = written.trim();
    expect(path.isAbsolute(file)).toBe(true);
    expect(contentLines(fs.readFileSync(file, 'utf8'))).toEqual(seedLinesAboveChrome(readSeedText()));

    // The same content again: imported, and stderr says the library already holds it.
    const reimport = await cli(['--data-dir', dir, 'import', file]);
    expect(reimport.code).toBe(0);
    expect(errorLines(reimport)).toEqual([`${file}: The library already holds this content: “${seedHeadline}”`]);
    const again = reimport.stdout.trim();
    expect(again).not.toBe(id);
    const reread = JSON.parse(expectSuccess(await cli(['--data-dir', dir, 'show', again, '--json']))) as Record<string, unknown>;
    expect(withoutIdentity(reread)).toEqual(withoutIdentity(article));
  });

  it('a bad file among several: the others are imported, each bad one gets its line, exit 1', async () => {
    const dir = tempDir();
    const files = tempDir();
    const latin1 = path.join(files, 'latin1.txt');
    fs.writeFileSync(latin1, Buffer.from('Tin t\xe0i ch\xednh\n\n\xd0o\xe0n.', 'latin1'));
    const empty = path.join(files, 'trống.txt');
    fs.writeFileSync(empty, '\n\u00a0\n');
    const short = path.join(files, 'ngắn.txt');
    fs.writeFileSync(short, 'Tin ngắn\n\nMột đoạn.\n');
    const missing = path.join(files, 'không có.txt');
    const docx = path.join(files, 'bài.docx');
    fs.writeFileSync(docx, 'PK');
    const odt = path.join(files, 'bài.odt');
    fs.writeFileSync(odt, 'PK');

    const run = await cli(['--data-dir', dir, 'import', seedFile, latin1, missing, short, docx, odt, empty]);
    expect(run.code).toBe(1);
    const ids = run.stdout.split('\n');
    expect(ids).toHaveLength(3);
    expect(ids[2]).toBe('');
    expect(ids.slice(0, 2).every((value) => /^\d+$/.test(value))).toBe(true);
    expect(errorLines(run)).toEqual([
      `“${latin1}” is not text in an encoding Newsdesk reads (UTF-8, UTF-16LE, UTF-16BE, Windows-1258, TCVN3, VNI, VISCII). Save it as plain text in UTF-8 and import it again.`,
      `Cannot read “${missing}”: ENOENT`,
      `“${docx}” cannot be read as a Word (.docx) document: it is damaged or not what its name says`,
      `Cannot import “${odt}”: Newsdesk imports .txt, .md, .markdown, .html, .htm, .docx files`,
      `“${empty}” holds no article text`,
    ]);

    const [first, second, status, badStatus] = await Promise.all([
      cli(['--data-dir', dir, 'show', ids[0]!, '--json']),
      cli(['--data-dir', dir, 'show', ids[1]!, '--json']),
      cli(['--data-dir', dir, 'status', ids[1]!, 'ready']),
      cli(['--data-dir', dir, 'status', ids[0]!, 'published']),
    ]);
    expect(JSON.parse(expectSuccess(first!))).toMatchObject({ headline: seedHeadline });
    expect(JSON.parse(expectSuccess(second!))).toMatchObject({ headline: 'Tin ngắn', counts: { words: 2, characters: 9 } });
    expect(expectSuccess(status!)).toBe('');
    expect(expectUserError(badStatus!)).toBe("command-argument value 'published' is invalid for argument 'status'. Allowed choices are draft, ready, filed.");

    const shown = JSON.parse(expectSuccess(await cli(['--data-dir', dir, 'show', ids[1]!, '--json']))) as { status: string; statusHistory: { status: string }[] };
    expect(shown.status).toBe('ready');
    expect(shown.statusHistory.map((change) => change.status)).toEqual(['draft', 'ready']);
  });

  it('export errors: unknown format, unwritable folder, unknown article; one line each, no file', async () => {
    const dir = tempDir();
    const id = expectSuccess(await cli(['--data-dir', dir, 'new', '--headline', 'Tin ngắn'])).trim();
    const base = tempDir();
    fs.writeFileSync(path.join(base, 'tệp'), 'x');
    const underFile = path.join(base, 'tệp', 'ra');

    const [odt, unwritable, unknown, noOut] = await Promise.all([
      cli(['--data-dir', dir, 'export', id, '--format', 'odt', '--out', base]),
      cli(['--data-dir', dir, 'export', id, '--format', 'txt', '--out', underFile]),
      cli(['--data-dir', dir, 'export', '4242', '--format', 'txt', '--out', base]),
      cli(['--data-dir', dir, 'export', id]),
    ]);
    expect(expectUserError(odt!)).toBe('Cannot export as “odt”: the formats are docx, html, md, txt, pdf, ninjs, zip');
    expect(expectUserError(unwritable!)).toBe(`Cannot write to the folder ${underFile}: ENOTDIR`);
    expect(expectUserError(unknown!)).toBe('No article with id 4242');
    expect(expectUserError(noOut!)).toBe("required option '--out <dir>' not specified");
    expect(fs.readdirSync(base)).toEqual(['tệp']);
  });
});
