// `newsdesk backup`, `restore-backup` and `verify`, spawned as a reporter or a script would run them.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupToFile } from '../../backup/backupLibrary';
import { cli, errorLines, expectSuccess, expectUserError } from '../cli/cliProcess';
import { useTempDirs } from '../helpers/tempDir';
import { libraryRows, makeLibrary } from './backupFixture';

const tempDir = useTempDirs('newsdesk-backup-cli');

async function libraryDir(): Promise<string> {
  const dir = path.join(tempDir(), 'library');
  (await makeLibrary(dir)).close();
  return dir;
}

describe('newsdesk backup, restore-backup, verify', () => {
  it('backs up into --out, prints the file, restores it into a new folder, and both libraries verify', async () => {
    const library = await libraryDir();
    const out = tempDir();
    const printed = expectSuccess(await cli(['--data-dir', library, 'backup', '--out', out]));
    const file = printed.trim();
    expect(printed).toBe(`${file}\n`);
    expect(path.dirname(file)).toBe(out);
    expect(fs.readdirSync(out)).toEqual([path.basename(file)]);

    const target = path.join(tempDir(), 'restored');
    expect(expectSuccess(await cli(['restore-backup', file, '--to', target]))).toBe(`${target}\n`);
    expect(libraryRows(target)).toEqual(libraryRows(library));
    for (const dir of [library, target]) {
      expect(expectSuccess(await cli(['--data-dir', dir, 'verify']))).toBe('Library OK: 2 articles, 3 photos, every photo file present and intact\n');
    }
  });

  it('backs up into a --folder, and with --if-changed does nothing when nothing changed', async () => {
    const library = await libraryDir();
    const folder = tempDir();
    const first = expectSuccess(await cli(['--data-dir', library, 'backup', '--folder', folder, '--if-changed'])).trim();
    const again = await cli(['--data-dir', library, 'backup', '--folder', folder, '--if-changed']);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(`${first}\n`);
    expect(errorLines(again)).toEqual([`Nothing changed since the last backup, ${first}`]);
    expect(fs.readdirSync(folder).filter((name) => name.endsWith('.ndbackup'))).toHaveLength(1);
  });

  it('verify: one line per problem and exit 1, for a missing and a damaged photo original', async () => {
    const library = await libraryDir();
    const originals = path.join(library, 'photos', 'originals');
    const files = (fs.readdirSync(originals, { recursive: true }) as string[]).filter((name) => name.endsWith('.jpg')).sort();
    fs.rmSync(path.join(originals, files[0]!));
    fs.appendFileSync(path.join(originals, files[1]!), 'x');
    const run = await cli(['--data-dir', library, 'verify']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const lines = errorLines(run).sort();
    expect(lines).toHaveLength(2);
    expect(lines.join('\n')).toMatch(/the original file is missing/);
    expect(lines.join('\n')).toMatch(/the original file is damaged/);
    // In Vietnamese too.
    const vi = await cli(['--data-dir', library, 'verify'], { NEWSDESK_LANG: 'vi' });
    expect(errorLines(vi).join('\n')).toMatch(/thiếu tệp gốc/);
  });

  it('verify: a damaged database file, and a folder with no library', async () => {
    const library = await libraryDir();
    const file = path.join(library, 'newsdesk.sqlite');
    // Overwrite a page in the middle of the database with garbage.
    const handle = fs.openSync(file, 'r+');
    fs.writeSync(handle, Buffer.alloc(4096, 0x5a), 0, 4096, 4096 * 3);
    fs.closeSync(handle);
    const run = await cli(['--data-dir', library, 'verify']);
    expect(run.code).toBe(1);
    expect(errorLines(run).length).toBeGreaterThan(0);
    expect(expectUserError(await cli(['--data-dir', tempDir(), 'verify']))).toMatch(/^There is no Newsdesk library in /);
  });

  it('restore-backup: a truncated file, a FIFO and a non-empty folder are one translated line each, exit 1', async () => {
    const library = await makeLibrary(path.join(tempDir(), 'library'));
    const file = (await backupToFile(library.db, library.dataDir, tempDir())).path;
    library.close();
    const dir = tempDir();
    const cut = path.join(dir, 'cut.ndbackup');
    fs.writeFileSync(cut, fs.readFileSync(file).subarray(0, 5000));
    const target = path.join(dir, 'restored');
    expect(expectUserError(await cli(['restore-backup', cut, '--to', target]))).toBe(
      `“${cut}” is not a Newsdesk backup, or it is incomplete; nothing was restored`,
    );
    expect(expectUserError(await cli(['restore-backup', cut, '--to', target], { NEWSDESK_LANG: 'vi' }))).toBe(
      `“${cut}” không phải bản sao lưu Newsdesk, hoặc bị thiếu dữ liệu; chưa có gì được khôi phục`,
    );
    expect(fs.readdirSync(dir)).toEqual(['cut.ndbackup']);

    const fifo = path.join(dir, 'pipe.ndbackup');
    execFileSync('mkfifo', [fifo]);
    expect(expectUserError(await cli(['restore-backup', fifo, '--to', target]))).toBe(`“${fifo}” is not a file`);
    expect(expectUserError(await cli(['restore-backup', file, '--to', library.dataDir]))).toMatch(/is not empty: a backup is restored only into a new or empty folder$/);
  });

  it('backup: a missing folder is one line, exit 1, and the library is untouched', async () => {
    const library = await libraryDir();
    const before = libraryRows(library);
    const missing = path.join(tempDir(), 'usb-stick');
    expect(expectUserError(await cli(['--data-dir', library, 'backup', '--out', missing]))).toBe(
      `The backup folder ${missing} does not exist (was the drive removed?); nothing was written`,
    );
    expect(libraryRows(library)).toEqual(before);
    expect(expectUserError(await cli(['--data-dir', library, 'backup']))).toMatch(/exactly one of --out <dir> or --folder <dir>/);
  });
});
