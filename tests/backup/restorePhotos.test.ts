// A restore's photos on worker threads (backup/restorePhotos.ts): where a worker cannot start, or stops half-way
// through a photo, this thread writes what it left and the library comes back whole; a damaged photo in one
// worker stops them all, and nothing is left behind or left open. The flush of all photos at once
// (backup/flushFiles.ts) falls back to one fsync per file.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupToFile } from '../../backup/backupLibrary';
import { flushAll, flushesWholeFileSystem } from '../../backup/flushFiles';
import { openBackup } from '../../backup/openBackup';
import { restoreBackup } from '../../backup/restoreBackup';
import { isNewsdeskError } from '../../common/errors/newsdeskError';
import type { Library } from '../../library/openLibrary';
import { useTempDirs } from '../helpers/tempDir';
import { makeLibrary, photoJpeg } from './backupFixture';

const tempDir = useTempDirs('newsdesk-restore-photos');
const open: Library[] = [];
afterEach(() => {
  for (const library of open.splice(0)) library.close();
});

async function backupOf(extraPhotos = 0): Promise<{ lib: Library; file: string }> {
  const lib = await makeLibrary(path.join(tempDir(), 'library'));
  open.push(lib);
  if (extraPhotos > 0) await lib.photos.importPhotos(await Promise.all(Array.from({ length: extraPhotos }, async (_, i) => ({ name: `p${i}.jpg`, bytes: await photoJpeg(i + 10, 160) }))));
  return { lib, file: (await backupToFile(lib.db, lib.dataDir, tempDir())).path };
}

/** Every photo original of the restored library is byte for byte the library's own. */
function expectSamePhotos(lib: Library, restored: string, count: number): void {
  const originals = path.join('photos', 'originals');
  const names = fs.readdirSync(path.join(lib.dataDir, originals), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  expect(names).toHaveLength(count);
  for (const entry of names) {
    const relative = path.relative(lib.dataDir, path.join(entry.parentPath, entry.name));
    expect(fs.readFileSync(path.join(restored, relative)).equals(fs.readFileSync(path.join(lib.dataDir, relative)))).toBe(true);
  }
}

describe('restoring the photos on worker threads', () => {
  it('restores every photo on this thread where no worker can start', async () => {
    const { lib, file } = await backupOf(5);
    const target = path.join(tempDir(), 'restored');
    const photoWorkers = { count: 2, source: 'throw new Error("no workers here")' };
    expect(await restoreBackup(file, target, { photoWorkers })).toEqual({ path: target, articles: 2, photos: 8 });
    expectSamePhotos(lib, target, 8);
  });

  it('writes again here the photo a worker left half-written when it stopped, and the rest of the queue', async () => {
    const { lib, file } = await backupOf(5);
    // Each worker takes one photo from the shared queue, writes a few wrong bytes under its name and exits.
    const source = `
      const { workerData } = require('node:worker_threads');
      const fs = require('node:fs');
      const path = require('node:path');
      const state = new Int32Array(workerData.state);
      const next = Atomics.add(state, 0, 1);
      Atomics.store(state, 2 + workerData.index, next + 1);
      const target = path.join(workerData.staging, ...workerData.jobs[next].name.split('/'));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, 'half');
      process.exit(3);
    `;
    const target = path.join(tempDir(), 'restored');
    expect(await restoreBackup(file, target, { photoWorkers: { count: 2, source } })).toEqual({ path: target, articles: 2, photos: 8 });
    expectSamePhotos(lib, target, 8);
  });

  it('stops every worker at a damaged photo, waits for them, and leaves nothing behind or open', async () => {
    const { file } = await backupOf(20);
    const backup = await openBackup(file);
    const photo = backup.manifest.photos.files[4]!;
    backup.close();
    const bytes = Buffer.from(fs.readFileSync(file));
    const at = bytes.indexOf(fs.readFileSync(path.join(open[0]!.dataDir, ...photo.path.split('/'))));
    expect(at).toBeGreaterThan(0);
    bytes[at + Math.floor(photo.bytes / 2)]! ^= 0xff;
    const damaged = path.join(tempDir(), 'damaged.ndbackup');
    fs.writeFileSync(damaged, bytes);

    const parent = tempDir();
    // What this process holds open: the worker threads close their files before they answer.
    const openFiles = () =>
      fs.readdirSync('/proc/self/fd').flatMap((fd) => {
        try {
          return [fs.readlinkSync(path.join('/proc/self/fd', fd))];
        } catch {
          return [];
        }
      });
    const error = await restoreBackup(damaged, path.join(parent, 'restored'), { photoWorkers: { count: 2, flushEach: false } }).catch((caught: unknown) => caught);
    expect(isNewsdeskError(error) && error.code).toBe('backupDamaged');
    expect((error as Error).message).toContain(path.basename(photo.path));
    expect(fs.readdirSync(parent)).toEqual([]);
    expect(openFiles().filter((file) => file.startsWith(parent) || file === damaged)).toEqual([]);
  });
});

describe('flushing the restored photos', () => {
  it('flushes each file on its own when the whole file system cannot be flushed, and fails on a file that is not there', async () => {
    const dir = tempDir();
    const files = ['a.jpg', 'b.jpg'].map((name) => path.join(dir, name));
    for (const file of files) fs.writeFileSync(file, 'x');
    expect(await flushAll(dir, files, 'false')).toBe('each file');
    const missing = await flushAll(dir, [...files, path.join(dir, 'gone.jpg')], 'false').catch((caught: unknown) => caught);
    expect((missing as NodeJS.ErrnoException).code).toBe('ENOENT');
  });

  it.runIf(flushesWholeFileSystem)('flushes the whole file system at once on Linux', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'a.jpg'), 'x');
    expect(await flushAll(dir, [path.join(dir, 'a.jpg')])).toBe('file system');
  });
});
