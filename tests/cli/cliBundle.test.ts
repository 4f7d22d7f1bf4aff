// How the CLI runs: from its esbuild bundle (scripts/buildCli.mjs), rebuilt by the bin when a source is newer,
// and loading the heavy packages only in the commands that use them.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../helpers/tempDir';
import { cleanEnv, repo } from './cliProcess';

const tempDir = useTempDirs('newsdesk-cli-bundle');

interface Manifest {
  entry: string;
  builtAt: number;
  inputs: string[];
}

function run(cwd: string, nodeArgs: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, nodeArgs, { cwd, env: cleanEnv(env), encoding: 'utf8' }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

function readManifest(root: string): Manifest {
  return JSON.parse(fs.readFileSync(path.join(root, 'dist', 'cli', 'manifest.json'), 'utf8')) as Manifest;
}

/** A checkout of its own: the bin and every file the current bundle was built from, node_modules linked. */
function copyOfCheckout(): string {
  const root = tempDir();
  for (const file of ['bin/newsdesk.mjs', ...readManifest(repo).inputs]) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.copyFileSync(path.join(repo, file), path.join(root, file));
  }
  fs.symlinkSync(fs.realpathSync(path.join(repo, 'node_modules')), path.join(root, 'node_modules'), 'dir');
  return root;
}

/** The packages a module log names (…/node_modules/<name>/…), scoped ones as @scope/name. */
function packagesIn(log: string): Set<string> {
  return new Set([...log.matchAll(/node_modules\/(@[^/]+\/[^/]+|[^/@][^/]*)\//g)].map((match) => match[1]!));
}

// zod too: `list` needs the contract's plain values (contract/constants.ts), not the API's schemas.
const heavyPackages = ['sharp', 'jsdom', 'docx', 'playwright-core', 'exiftool-vendored', 'mammoth', 'markdown-it', 'exifr', '@sparticuz/chromium', 'zod'];

describe('the CLI bundle', () => {
  it('is rebuilt by the bin when a source is newer than the bundle, and only then', async () => {
    const root = copyOfCheckout();
    const dataDir = tempDir();

    const first = await run(root, ['bin/newsdesk.mjs', '--data-dir', dataDir, 'list']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const built = readManifest(root);
    expect(fs.existsSync(path.join(root, 'dist', 'cli', built.entry))).toBe(true);

    const again = await run(root, ['bin/newsdesk.mjs', '--help']);
    expect(again.stdout).toContain('the offline editorial workstation, from the command line');
    expect(readManifest(root).entry).toBe(built.entry);

    // A developer's edit: a source file changed after the build.
    const main = path.join(root, 'cli', 'main.ts');
    fs.writeFileSync(main, fs.readFileSync(main, 'utf8').replace('the offline editorial workstation, from the command line', 'rebuilt from the edited source'));
    const later = new Date(built.builtAt + 2000);
    fs.utimesSync(main, later, later);

    const edited = await run(root, ['bin/newsdesk.mjs', '--help']);
    expect(edited.stderr).toBe('');
    expect(edited.stdout).toContain('rebuilt from the edited source');
    expect(readManifest(root).entry).not.toBe(built.entry);
  });

  it('starts `list` without sharp, jsdom, docx, playwright, the other heavy packages or zod', async () => {
    const dataDir = tempDir();
    const log = path.join(tempDir(), 'modules.log');
    const recorder = path.join(repo, 'tests', 'cli', 'moduleLog', 'record.mjs');

    const list = await run(repo, ['--import', recorder, 'bin/newsdesk.mjs', '--data-dir', dataDir, 'list'], { NEWSDESK_MODULE_LOG: log });
    expect(list.stderr).toBe('');
    expect(list.code).toBe(0);
    const listed = packagesIn(fs.readFileSync(log, 'utf8'));
    expect(listed.has('better-sqlite3'), 'the log records what list does load').toBe(true);
    expect(heavyPackages.filter((name) => listed.has(name))).toEqual([]);

    // The same log for a command that needs them: the import of a Markdown file loads markdown-it.
    const markdown = path.join(tempDir(), 'tin.md');
    fs.writeFileSync(markdown, '# Mưa lớn ở Hà Giang\n\nĐường sạt lở nhiều nơi.\n');
    fs.rmSync(log);
    const imported = await run(repo, ['--import', recorder, 'bin/newsdesk.mjs', '--data-dir', dataDir, 'import', markdown], { NEWSDESK_MODULE_LOG: log });
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toMatch(/^\d+\n$/);
    expect(packagesIn(fs.readFileSync(log, 'utf8')).has('markdown-it')).toBe(true);
  });
});
