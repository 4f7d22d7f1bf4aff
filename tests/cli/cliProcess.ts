// Spawning the real CLI (`node bin/newsdesk.mjs …`) in a clean English environment, and what a user error
// must look like on the way out. (tests/cli/cli.test.ts keeps its own copy of these from before this file.)
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const repo = fileURLToPath(new URL('../..', import.meta.url));

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Nothing from the developer's shell decides the language or the library. */
export function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['NEWSDESK_DATA_DIR', 'NEWSDESK_LANG', 'NEWSDESK_DEBUG', 'LC_ALL', 'LC_MESSAGES', 'LANGUAGE']) delete env[name];
  return { ...env, LANG: 'en_US.UTF-8', ...extra };
}

export function cli(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['bin/newsdesk.mjs', ...args], { cwd: repo, env: cleanEnv(env), encoding: 'utf8' }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

/** The stderr lines of a run, each `newsdesk: ` and one message, no stack trace; returns the messages. */
export function errorLines(run: Run): string[] {
  expect(run.stderr.endsWith('\n'), run.stderr).toBe(true);
  expect(run.stderr).not.toMatch(/^\s+at /m);
  const lines = run.stderr.slice(0, -1).split('\n');
  for (const line of lines) expect(line).toMatch(/^newsdesk: \S/);
  return lines.map((line) => line.slice('newsdesk: '.length));
}

/** A user error: exactly one line on stderr, exit code 1, nothing on stdout. */
export function expectUserError(run: Run): string {
  expect(run.code, run.stderr).toBe(1);
  expect(run.stdout).toBe('');
  const lines = errorLines(run);
  expect(lines).toHaveLength(1);
  return lines[0]!;
}

export function expectSuccess(run: Run): string {
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return run.stdout;
}
