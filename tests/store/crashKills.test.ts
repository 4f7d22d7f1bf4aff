// A process saving as the autosave does, killed with SIGKILL at random moments: after every kill the library
// passes `PRAGMA integrity_check` and holds the last save the process reported done, whole (headline and body
// of one save). A photo import killed at random leaves no partial file, no row without its file, and no
// temporary file once the library opens again. The 200-kill run with figures is `npm run bench -- crash`.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCrashWorker, inspectAfterKill, runAndKill } from '../../bench/lib/crashKills';
import { openLibrary } from '../../library/openLibrary';
import { useTempDirs } from '../helpers/tempDir';

const tempDir = useTempDirs('newsdesk-crash-kills');
let worker: { worker: string; remove: () => void };

beforeAll(async () => {
  worker = await buildCrashWorker();
});
afterAll(() => worker?.remove());

describe('SIGKILL during autosaves', () => {
  it('20 kills at random moments: integrity ok and the last reported save there, whole, every time', async () => {
    const dataDir = tempDir();
    const library = openLibrary(dataDir);
    const { id } = library.articles.create({ headline: 'Bài chưa lưu' });
    library.close();

    let reported = 0;
    for (let kill = 0; kill < 20; kill++) {
      const run = await runAndKill(worker.worker, ['autosave', dataDir, String(id)], 120);
      const after = inspectAfterKill(dataDir, id);
      expect(after.integrity, `kill ${kill}`).toBe('ok');
      // The save it reported is there; at most one more (done, but killed before it could say so).
      expect(after.savedNumber, `kill ${kill}`).toBeGreaterThanOrEqual(run.lastReported!);
      expect(after.savedNumber, `kill ${kill}`).toBeLessThanOrEqual(run.lastReported! + 1);
      expect(after.wholeSave, `kill ${kill}`).toBe(true);
      reported += run.reported;
    }
    expect(reported).toBeGreaterThanOrEqual(20);
    // And the next start opens it as usual, search included.
    const reopened = openLibrary(dataDir);
    try {
      const { headline } = reopened.articles.get(id);
      expect(reopened.search.search({ query: `"${headline}"`, limit: 1 }).map((hit) => hit.id)).toEqual([id]);
    } finally {
      reopened.close();
    }
    // A bound for a slow, shared machine (20 process starts), not a measurement.
  }, 240_000);
});

describe('SIGKILL during photo imports', () => {
  it('leaves no partial file and no row without its file; temporary files are gone at the next start', async () => {
    const dir = tempDir();
    const dataDir = path.join(dir, 'library');
    openLibrary(dataDir).close();
    const photo = path.join(dir, 'ảnh.jpg');
    await sharp({ create: { width: 2400, height: 1600, channels: 3, background: '#468', noise: { type: 'gaussian', mean: 128, sigma: 30 } } })
      .jpeg({ quality: 90 })
      .toFile(photo);

    for (let kill = 0; kill < 5; kill++) {
      const run = await runAndKill(worker.worker, ['photos', dataDir, photo], 400);
      const library = openLibrary(dataDir);
      try {
        const rows = library.db.prepare<[], { id: number; hash: string }>('SELECT id, hash FROM photos').all();
        expect(rows.map((row) => row.id)).toContain(run.lastReported);
        const originals = filesUnder(path.join(dataDir, 'photos'));
        expect(originals.filter((file) => path.basename(file).startsWith('.tmp-')), `kill ${kill}`).toEqual([]);
        for (const row of rows) {
          const original = originals.find((file) => path.basename(file).startsWith(`${row.hash}.`));
          expect(original, `photo ${row.id} has its original`).toBeDefined();
        }
        // Every original is whole: its name is the SHA-256 of its bytes.
        for (const file of originals.filter((name) => name.includes(`${path.sep}originals${path.sep}`))) {
          expect(createHash('sha256').update(fs.readFileSync(file)).digest('hex'), file).toBe(path.basename(file).split('.')[0]);
        }
      } finally {
        library.close();
      }
    }
  }, 120_000);
});

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true }) as string[]).map((name) => path.join(dir, name)).filter((file) => fs.statSync(file).isFile());
}
