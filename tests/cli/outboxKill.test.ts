// Killing `newsdesk outbox send` in the middle of a delivery, 20 times, at three moments in turn: just after
// the item was recorded 'sending', while its request is still arriving, and when the receiver has the whole
// request but the sender has not heard back (the worst moment). Each time the item stays 'sending' with a
// dead owner; the next run resumes it with the same Idempotency-Key, so the receiver keeps one story (no
// duplicate) and the item ends sent (nothing lost). The queue is read straight from the library file between
// kills, so each kill costs one process start.
import { spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openLibrary } from '../../library/openLibrary';
import { databaseFileName } from '../../store/openDatabase';
import { seedWithPhotos } from '../export/exportFixtures';
import { useTempDirs } from '../helpers/tempDir';
import { cleanEnv, cli, expectSuccess, repo } from './cliProcess';

const tempDir = useTempDirs('newsdesk-cli-outbox-kill');
const kills = 20;
const moments = ['recorded sending', 'request arriving', 'whole request received'] as const;
let server: http.Server | undefined;
afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

interface ItemRow {
  state: string;
  attempts: number;
}

/** The queue as the library file holds it, read without opening the library (no migration, no writes). */
function queueRows(dir: string): ItemRow[] {
  const db = new Database(path.join(dir, databaseFileName), { readonly: true });
  try {
    return db.prepare<[], ItemRow>('SELECT state, attempts FROM outbox_items ORDER BY id').all();
  } finally {
    db.close();
  }
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('killing outbox send mid-delivery', () => {
  it(`neither duplicates nor loses the item over ${kills} kills`, async () => {
    const stored = new Map<string, string>();
    let started = 0;
    let completed = 0;
    let answer = false;
    let moment: (typeof moments)[number] | undefined;
    let reached: (() => void) | undefined;
    server = http.createServer((request, response) => {
      const chunks: Buffer[] = [];
      started += 1;
      request.on('error', () => undefined);
      request.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        if (moment === 'request arriving') reached?.();
      });
      request.on('end', () => {
        completed += 1;
        const key = String(request.headers['idempotency-key']);
        // An ingest honouring Idempotency-Key: the first whole request with a key stores the story, later ones
        // with the same key get the same answer and store nothing. A request cut off stores nothing.
        if (!stored.has(key)) stored.set(key, `story-${stored.size + 1}`);
        if (answer) response.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ id: stored.get(key) }));
        if (moment === 'whole request received') reached?.();
      });
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/ingest`;

    const dir = tempDir();
    const library = openLibrary(dir);
    const { article } = await seedWithPhotos(library, tempDir());
    library.close();
    const env = { NEWSDESK_HTTP_TOKEN: 'token-0123' };
    expectSuccess(await cli(['--data-dir', dir, 'destination', 'add', 'CMS', '--http', url], env));
    expectSuccess(await cli(['--data-dir', dir, 'file', String(article.id), '--to', 'CMS'], env));

    for (let kill = 1; kill <= kills; kill += 1) {
      moment = moments[(kill - 1) % moments.length]!;
      const arrived = new Promise<void>((resolve) => (reached = resolve));
      const child = spawn(process.execPath, ['bin/newsdesk.mjs', '--data-dir', dir, 'outbox', 'send'], { cwd: repo, env: cleanEnv(env), stdio: 'ignore' });
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      if (moment === 'recorded sending') await until(() => queueRows(dir)[0]!.attempts === kill);
      else await arrived;
      child.kill('SIGKILL');
      await exited;
      reached = undefined;
      expect({ kill, moment, rows: queueRows(dir) }).toEqual({ kill, moment, rows: [{ state: 'sending', attempts: kill }] });
    }
    expect(stored.size).toBeLessThanOrEqual(1);

    answer = true;
    moment = undefined;
    const sent = expectSuccess(await cli(['--data-dir', dir, 'outbox', 'send'], env));
    expect(sent).toMatch(/^#1 {2}Sent {2}CMS {2}.+ {2}story-1\n$/);
    const items = JSON.parse(expectSuccess(await cli(['--data-dir', dir, 'outbox', '--json'])));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ state: 'sent', attempts: kills + 1, receipt: 'story-1' });
    // One story at the receiver, however many requests (whole or cut off) reached it.
    expect([...stored.values()]).toEqual(['story-1']);
    expect(started).toBeGreaterThanOrEqual(completed);
    const requestsBefore = started;
    expect(expectSuccess(await cli(['--data-dir', dir, 'outbox', 'send'], env))).toBe('');
    expect(started).toBe(requestsBefore);
    expect(JSON.parse(expectSuccess(await cli(['--data-dir', dir, 'show', String(article.id), '--json']))).status).toBe('filed');
    // A ceiling for a loaded machine, not a measurement: a kill costs one process start (well under a second
    // on a quiet machine).
  }, kills * 15_000);
});
