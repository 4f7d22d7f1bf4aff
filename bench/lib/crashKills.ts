// Kills a process that is saving (or importing photos) with SIGKILL at a random moment, again and again, and
// after each kill checks the library as the next start finds it: `PRAGMA integrity_check` is ok and the last
// save the process reported done is there, whole. Shared by tests/store/crashKills.test.ts (20 kills) and
// bench/crash.bench.ts (200, with figures). The worker is bundled once (esbuild) so each start is quick.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { databaseFileName } from '../../store/openDatabase';
import { bodyJson, storedBodyText, type StoredBody } from '../../store/articleBody';
import { savedNumber } from './crashArticle';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Bundles bench/crash.worker.ts into a folder inside the repository (so it finds node_modules); returns its path. */
export async function buildCrashWorker(): Promise<{ worker: string; remove: () => void }> {
  const cache = path.join(repoRoot, 'node_modules', '.cache');
  fs.mkdirSync(cache, { recursive: true });
  const dir = fs.mkdtempSync(path.join(cache, 'newsdesk-crash-worker-'));
  const worker = path.join(dir, 'crash.worker.cjs');
  await build({
    absWorkingDir: repoRoot,
    entryPoints: ['bench/crash.worker.ts'],
    outfile: worker,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    packages: 'external',
    logLevel: 'error',
  });
  return { worker, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export interface KilledRun {
  /** What the killed process last reported done (a save's number, or a photo id); undefined if it reported nothing. */
  lastReported: number | undefined;
  /** Lines it reported in this run. */
  reported: number;
  delayMs: number;
}

/**
 * Starts the worker, waits until it reports its first line (it is working), then a random delay up to
 * maxDelayMs, then SIGKILL; resolves once the process and its output are closed.
 */
export function runAndKill(worker: string, args: string[], maxDelayMs: number, random: () => number = Math.random): Promise<KilledRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [worker, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const delayMs = Math.floor(random() * maxDelayMs);
    let output = '';
    let errors = '';
    let armed = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      if (!armed && output.includes('\n')) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`the worker ended by itself (code ${code}): ${errors}`));
      // A line cut short by the kill was not reported done.
      const lines = output.split('\n').slice(0, -1).filter(Boolean);
      resolve({ lastReported: lines.length > 0 ? Number(lines.at(-1)) : undefined, reported: lines.length, delayMs });
    });
  });
}

export interface LibraryAfterKill {
  integrity: string;
  /** The save the article holds (its headline's number) and whether its body is of that same save. */
  savedNumber: number;
  wholeSave: boolean;
}

/** Reads the library as the next start would (WAL recovery included), before anything else touches it. */
export function inspectAfterKill(dataDir: string, articleId: number): LibraryAfterKill {
  const db = new Database(path.join(dataDir, databaseFileName));
  try {
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((row) => row.integrity_check).join('; ');
    const row = db.prepare<[number], { headline: string; body: StoredBody }>('SELECT headline, body FROM articles WHERE id = ?').get(articleId)!;
    const number = savedNumber(row.headline);
    const marker = `Lần lưu ${number}. `;
    const wholeSave = number === 0 || (bodyJson(row.body).includes(marker) && storedBodyText(row.body).startsWith(marker));
    return { integrity, savedNumber: number, wholeSave };
  } finally {
    db.close();
  }
}
