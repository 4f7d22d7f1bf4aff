// A library the CLI cannot write, made read-only for real: the folder (or the file) is bind-mounted read-only
// in a private mount namespace (`unshare`), which stops even root, who ignores file permissions. Read-only
// commands work and leave nothing beside the library; a change is one translated line, exit 1.
import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openLibrary } from '../../library/openLibrary';
import { databaseFileName } from '../../store/openDatabase';
import { useTempDirs } from '../helpers/tempDir';
import { expectSuccess, expectUserError, repo, type Run } from './cliProcess';

const tempDir = useTempDirs('newsdesk-cli-read-only');

function canMountReadOnly(): boolean {
  try {
    const dir = tempDir();
    execFileSync('unshare', ['-Urm', 'sh', '-c', 'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" && ! touch "$0/x" 2>/dev/null', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Runs the CLI with `readOnly` (a folder or a file) mounted read-only for it alone. */
function cliReadOnly(readOnly: string, dataDir: string, args: string[], lang = 'en_US.UTF-8'): Promise<Run> {
  const script = 'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" && exec "$@"';
  const env = { ...process.env, NEWSDESK_DATA_DIR: dataDir, LANG: lang, LC_ALL: '', LANGUAGE: '', NEWSDESK_LANG: '', NEWSDESK_DEBUG: '' };
  return new Promise((resolve) => {
    execFile('unshare', ['-Urm', 'sh', '-c', script, readOnly, process.execPath, 'bin/newsdesk.mjs', ...args], { cwd: repo, env, encoding: 'utf8' }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

function folderState(dir: string): Record<string, string> {
  return Object.fromEntries(
    (fs.readdirSync(dir, { recursive: true }) as string[]).sort().map((name) => {
      const file = path.join(dir, name);
      const stat = fs.statSync(file);
      return [name, stat.isDirectory() ? 'folder' : `${createHash('sha256').update(fs.readFileSync(file)).digest('hex')} ${stat.mtimeMs}`];
    }),
  );
}

let mountable = false;
beforeAll(() => {
  mountable = process.platform === 'linux' && canMountReadOnly();
});

function libraryWithOneArticle(): { dataDir: string; id: number } {
  const dataDir = tempDir();
  const library = openLibrary(dataDir);
  const { id } = library.articles.create({ headline: 'Mưa lớn ở Hà Nội' });
  library.close();
  return { dataDir, id };
}

describe('a read-only library from the CLI', () => {
  it('in a read-only folder: list, show, search and export work; nothing is written beside it', async (context) => {
    if (!mountable) return context.skip();
    const { dataDir, id } = libraryWithOneArticle();
    const before = folderState(dataDir);
    expect(expectSuccess(await cliReadOnly(dataDir, dataDir, ['list']))).toContain('Mưa lớn ở Hà Nội');
    expect(JSON.parse(expectSuccess(await cliReadOnly(dataDir, dataDir, ['show', String(id), '--json']))).headline).toBe('Mưa lớn ở Hà Nội');
    expect(expectSuccess(await cliReadOnly(dataDir, dataDir, ['search', 'mua', 'lon']))).toContain('Mưa lớn ở Hà Nội');
    const out = tempDir();
    const written = expectSuccess(await cliReadOnly(dataDir, dataDir, ['export', String(id), '--format', 'txt', '--out', out])).trim();
    expect(written).toBe(path.join(out, 'mua-lon-o-ha-noi.txt'));
    expect(fs.readFileSync(written, 'utf8')).toContain('Mưa lớn ở Hà Nội');
    expect(folderState(dataDir)).toEqual(before);
  });

  it('in a read-only folder: a change is one translated line, exit 1', async (context) => {
    if (!mountable) return context.skip();
    const { dataDir } = libraryWithOneArticle();
    const before = folderState(dataDir);
    expect(expectUserError(await cliReadOnly(dataDir, dataDir, ['new', '--headline', 'Bài mới']))).toBe(
      'The library is read-only, so nothing was changed. To make changes, allow writing to its file and folder, or copy the library to a folder you can write to.',
    );
    expect(expectUserError(await cliReadOnly(dataDir, dataDir, ['new', '--headline', 'Bài mới'], 'vi_VN.UTF-8'))).toBe(
      'Thư viện chỉ đọc được, nên không có gì bị thay đổi. Muốn sửa, hãy cho phép ghi vào tệp và thư mục của thư viện, hoặc chép thư viện sang một thư mục ghi được.',
    );
    expect(folderState(dataDir)).toEqual(before);
  });

  it('a read-only file in a writable folder: list works and leaves no -wal or -shm', async (context) => {
    if (!mountable) return context.skip();
    const { dataDir } = libraryWithOneArticle();
    const before = folderState(dataDir);
    expect(expectSuccess(await cliReadOnly(path.join(dataDir, databaseFileName), dataDir, ['list']))).toContain('Mưa lớn ở Hà Nội');
    expect(folderState(dataDir)).toEqual(before);
  });
});
