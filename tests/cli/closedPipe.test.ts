// `newsdesk list | head -1`: the reader takes one line and closes the pipe. The CLI ends quietly, exit 0, as
// Unix tools do, instead of dying on an unhandled EPIPE with a stack trace.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../library/openLibrary';
import { useTempDirs } from '../helpers/tempDir';
import { repo } from './cliProcess';

const tempDir = useTempDirs('newsdesk-cli-pipe');

/** Runs the CLI, reads until the first newline, closes its stdout; resolves with the exit code and stderr. */
function firstLineOnly(args: string[], dataDir: string): Promise<{ first: string; code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/newsdesk.mjs', ...args], { cwd: repo, env: { ...process.env, NEWSDESK_DATA_DIR: dataDir, LANG: 'en_US.UTF-8' } });
    let out = '';
    let first = '';
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    child.stdout.setEncoding('utf8').on('data', (text: string) => {
      out += text;
      if (!first && out.includes('\n')) {
        first = out.slice(0, out.indexOf('\n'));
        child.stdout.destroy();
      }
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ first, code, stderr }));
  });
}

describe('a closed stdout', () => {
  it('list | head -1 ends quietly with exit code 0', async () => {
    const dataDir = tempDir();
    const library = openLibrary(dataDir);
    // Far more than a pipe buffer holds, so the CLI is still writing when the reader goes away.
    library.db.transaction(() => {
      for (let i = 1; i <= 1500; i += 1) library.articles.create({ headline: `Tin số ${i}: mưa lớn kéo dài ở các tỉnh miền núi phía Bắc, đường sạt lở nhiều nơi` });
    })();
    library.close();
    const run = await firstLineOnly(['list'], dataDir);
    expect(run.first).toMatch(/Tin số \d+/);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });
});
