// The real CLI, spawned as its own process (`node bin/newsdesk.mjs …`) against a temp data folder: what a
// script or a reporter in a terminal sees on stdout, stderr and in the exit code.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../library/openLibrary';
import { seedHeadline } from '../helpers/seed';
import { useTempDirs } from '../helpers/tempDir';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const tempDir = useTempDirs('newsdesk-cli');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** A clean, English environment: nothing from the developer's shell decides the language or the library. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['NEWSDESK_DATA_DIR', 'NEWSDESK_LANG', 'NEWSDESK_DEBUG', 'LC_ALL', 'LC_MESSAGES', 'LANGUAGE']) delete env[name];
  return { ...env, LANG: 'en_US.UTF-8', ...extra };
}

function cli(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['bin/newsdesk.mjs', ...args], { cwd: repo, env: cleanEnv(env), encoding: 'utf8' }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** A user error: exactly one line on stderr, `newsdesk: ` first, exit code 1, nothing on stdout, no stack. */
function expectUserError(run: Run): string {
  expect(run.code, run.stderr).toBe(1);
  expect(run.stdout).toBe('');
  expect(run.stderr.endsWith('\n')).toBe(true);
  const lines = run.stderr.slice(0, -1).split('\n');
  expect(lines, run.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^newsdesk: \S/);
  expect(run.stderr).not.toMatch(/^\s+at /m);
  return lines[0]!.slice('newsdesk: '.length);
}

const summaryKeys = ['created', 'datelineDate', 'headline', 'id', 'sapo', 'section', 'status', 'updated', 'words'];
const isoTimestamp = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

describe('newsdesk CLI', () => {
  it('new, list --json, show --json and delete, byte for byte', async () => {
    const dir = tempDir();

    const created = await cli(['--data-dir', dir, 'new', '--headline', seedHeadline]);
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/^\d+\n$/);
    const id = Number(created.stdout);

    const list = await cli(['--data-dir', dir, 'list', '--json']);
    expect(list.code).toBe(0);
    expect(list.stderr).toBe('');
    const summaries = JSON.parse(list.stdout) as Record<string, unknown>[];
    expect(summaries).toHaveLength(1);
    const [summary] = summaries;
    expect(Object.keys(summary!).sort()).toEqual(summaryKeys);
    expect(summary).toMatchObject({ id, headline: seedHeadline, status: 'draft' });
    expect(summary!.created).toMatch(isoTimestamp);
    expect(summary!.updated).toMatch(isoTimestamp);
    // Byte for byte, on the wire itself: the JSON carries the UTF-8 headline, not \u escapes or NFD.
    expect(Buffer.from(list.stdout, 'utf8').includes(Buffer.from(seedHeadline, 'utf8'))).toBe(true);

    const show = await cli(['--data-dir', dir, 'show', String(id), '--json']);
    expect(show.code).toBe(0);
    expect(show.stderr).toBe('');
    const article = JSON.parse(show.stdout) as Record<string, unknown>;
    expect(article).toMatchObject({ ...summary, body: { type: 'doc' } });
    expect(article.uuid).toEqual(expect.any(String));
    expect(Buffer.from(article.headline as string, 'utf8').equals(Buffer.from(seedHeadline, 'utf8'))).toBe(true);

    // What the CLI wrote is what the app's store reads.
    const library = openLibrary(dir);
    try {
      expect(library.articles.get(id)).toMatchObject({ headline: seedHeadline, uuid: article.uuid });
    } finally {
      library.close();
    }

    // delete moves the article to the trash; show then says where it went.
    const removed = await cli(['--data-dir', dir, 'delete', String(id)]);
    expect(removed).toEqual({ code: 0, stdout: '', stderr: '' });
    const gone = await cli(['--data-dir', dir, 'show', String(id)]);
    expect(expectUserError(gone)).toBe(`Article ${id} is in the trash. Restore it to open it.`);
  });

  it('uses NEWSDESK_DATA_DIR when --data-dir is not given', async () => {
    const dir = path.join(tempDir(), 'nested', 'Thư viện');
    const created = await cli(['new', '--headline', 'Tin ngắn'], { NEWSDESK_DATA_DIR: dir });
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    const id = Number(created.stdout);
    const library = openLibrary(dir);
    try {
      expect(library.articles.list()).toEqual([expect.objectContaining({ id, headline: 'Tin ngắn' })]);
    } finally {
      library.close();
    }
  });

  describe('user errors', () => {
    it('unknown id, non-numeric id, unknown option, unknown command: one line each, exit 1', async () => {
      const dir = tempDir();
      const [unknownId, nonNumeric, unknownOption, unknownCommand] = await Promise.all([
        cli(['--data-dir', dir, 'show', '4242']),
        cli(['--data-dir', dir, 'show', 'abc']),
        cli(['--data-dir', dir, 'show', '1', '--jsn']),
        cli(['--data-dir', dir, 'shw', '1']),
      ]);
      expect(expectUserError(unknownId!)).toBe('No article with id 4242');
      expect(expectUserError(nonNumeric!)).toBe('“abc” is not an article id (a whole number, such as 12)');
      // commander's "Did you mean" suggestion stays, on the same line.
      expect(expectUserError(unknownOption!)).toBe("unknown option '--jsn' (Did you mean --json?)");
      expect(expectUserError(unknownCommand!)).toBe("unknown command 'shw' (Did you mean show?)");
    });

    it('a data folder that cannot be used', async () => {
      const file = path.join(tempDir(), 'not-a-folder');
      fs.writeFileSync(file, 'x');
      const target = path.join(file, 'lib');
      const run = await cli(['--data-dir', target, 'list']);
      const message = expectUserError(run);
      expect(message).toContain('Cannot use the data folder');
      expect(message).toContain(target);
      expect(fs.readFileSync(file, 'utf8')).toBe('x');
    });

    it('speaks Vietnamese with LANG=vi_VN.UTF-8', async () => {
      const run = await cli(['--data-dir', tempDir(), 'show', '4242'], { LANG: 'vi_VN.UTF-8' });
      expect(expectUserError(run)).toBe('Không có bài nào có mã 4242');
    });
  });
});
