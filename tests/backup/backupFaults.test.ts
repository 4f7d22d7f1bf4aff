// What goes wrong around backups, and what the reporter is told: a full disk, a folder that cannot be written or
// that vanishes mid-way, a truncated or foreign file, a backup from a newer Newsdesk, a FIFO, a folder that is
// not empty. Each is one translated error, the previous state intact, nothing half-written left behind.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import yazl from 'yazl';
import { describe, expect, it } from 'vitest';
import { backupToFile } from '../../backup/backupLibrary';
import { openBackup } from '../../backup/openBackup';
import { restoreBackup } from '../../backup/restoreBackup';
import { nodeIo, type BackupIo } from '../../backup/backupIo';
import { isNewsdeskError, type ErrorCode } from '../../common/errors/newsdeskError';
import { createTranslator, translateError } from '../../common/i18n/catalog';
import { latestVersion } from '../../store/migrations/index';
import { filesIn, useBackupLibraries } from './backupFixture';

const { tempDir, library } = useBackupLibraries('newsdesk-backup-faults');

/** A disk with room for `room` bytes in all: the write past it fails with ENOSPC, as a full disk does. */
function fullDisk(room: number): BackupIo {
  let used = 0;
  return {
    createWriteStream(file) {
      const real = nodeIo.createWriteStream(file);
      // Destroyed with a write of it under way (the zip aborted), it reports that write as failed: already known.
      real.on('error', () => undefined);
      return new Writable({
        write(chunk: Buffer, _encoding, done) {
          if (used + chunk.length > room) return done(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }));
          used += chunk.length;
          real.write(chunk, done);
        },
        final(done) {
          real.end(done);
        },
        destroy(error, done) {
          real.destroy();
          done(error);
        },
      });
    },
    async writeFile(file, bytes) {
      const fits = Math.max(0, Math.min(bytes.length, room - used));
      used += fits;
      await nodeIo.writeFile(file, bytes.subarray(0, fits));
      if (fits < bytes.length) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    },
  };
}

/** A disk that silently flips one byte at `offset` of every file written: the write succeeds, the bytes are wrong. */
function flippingDisk(offset: number): BackupIo {
  return {
    createWriteStream(file) {
      const real = nodeIo.createWriteStream(file);
      let written = 0;
      return new Writable({
        write(chunk: Buffer, _encoding, done) {
          const at = offset - written;
          written += chunk.length;
          if (at < 0 || at >= chunk.length) return real.write(chunk, done);
          const bad = Buffer.from(chunk);
          bad[at] = bad[at]! ^ 0xff;
          real.write(bad, done);
        },
        final(done) {
          real.end(done);
        },
        destroy(error, done) {
          real.destroy();
          done(error);
        },
      });
    },
    async writeFile(file, bytes) {
      if (offset >= bytes.length) return nodeIo.writeFile(file, bytes);
      const bad = Buffer.from(bytes);
      bad[offset] = bad[offset]! ^ 0xff;
      await nodeIo.writeFile(file, bad);
    },
  };
}

/** The error a promise rejects with: its code, and its one line in English and in Vietnamese. */
async function refusal(promise: Promise<unknown>): Promise<{ code: ErrorCode; en: string; vi: string }> {
  const error = await promise.then(
    () => {
      throw new Error('expected a refusal');
    },
    (caught: unknown) => caught,
  );
  if (!isNewsdeskError(error)) throw error;
  const line = (language: 'en' | 'vi') => translateError(createTranslator(language), error.code, error.params);
  for (const language of ['en', 'vi'] as const) {
    expect(line(language)).not.toMatch(/\n|errors\.|\{\{/);
  }
  return { code: error.code, en: line('en'), vi: line('vi') };
}

describe('backing up', () => {
  it('on a full disk: a clear line, no backup file and no temporary file, earlier backups untouched', async () => {
    const lib = await library();
    const out = tempDir();
    const earlier = await backupToFile(lib.db, lib.dataDir, out);
    const before = fs.readFileSync(earlier.path);
    for (const room of [0, 5_000, 100_000]) {
      const error = await refusal(backupToFile(lib.db, lib.dataDir, out, { io: fullDisk(room), now: new Date(Date.now() + 5000) }));
      expect(error.code).toBe('backupDiskFull');
      expect(error.en).toContain(out);
      expect(error.vi).toContain('Ổ đĩa');
      expect(fs.readdirSync(out)).toEqual([path.basename(earlier.path)]);
      expect(fs.readFileSync(earlier.path).equals(before)).toBe(true);
    }
    // No snapshot left next to the library either.
    expect(fs.readdirSync(lib.dataDir).filter((name) => name.startsWith('.newsdesk-partial-'))).toEqual([]);
  });

  it('when the bytes read back differ from those written: backupNotVerified, and no backup file left', async () => {
    const lib = await library();
    const out = tempDir();
    // Inside the database entry's data (past its zip header), so the zip still opens and the check must notice.
    const error = await refusal(backupToFile(lib.db, lib.dataDir, out, { io: flippingDisk(4096) }));
    expect(error.code).toBe('backupNotVerified');
    expect(error.en).toMatch(/verif/i);
    expect(fs.readdirSync(out)).toEqual([]);
    expect(fs.readdirSync(lib.dataDir).filter((name) => name.startsWith('.newsdesk-partial-'))).toEqual([]);
    // The same disk without the flip writes a backup that verifies: the flip, not the helper, was refused.
    expect((await backupToFile(lib.db, lib.dataDir, out, { io: flippingDisk(Number.MAX_SAFE_INTEGER) })).path).toMatch(/\.ndbackup$/);
  });

  it('into a folder that does not exist, or disappears mid-way (a USB stick pulled): a clear line, nothing left', async () => {
    const lib = await library();
    const missing = path.join(tempDir(), 'not-there');
    expect((await refusal(backupToFile(lib.db, lib.dataDir, missing))).code).toBe('backupFolderMissing');

    const stick = path.join(tempDir(), 'usb');
    fs.mkdirSync(stick);
    let pulled = false;
    const progress = () => {
      if (pulled) return;
      pulled = true;
      fs.rmSync(stick, { recursive: true, force: true });
    };
    const error = await refusal(backupToFile(lib.db, lib.dataDir, stick, { progress }));
    expect(pulled).toBe(true);
    expect(error.code).toBe('backupFolderMissing');
    expect(fs.existsSync(stick)).toBe(false);
  });

  it('into a folder that cannot be written: a clear line with the reason', async () => {
    const lib = await library();
    // Tests run as root, whom permissions do not stop; sysfs refuses new files even to root.
    const unwritable = '/sys';
    let writable = true;
    try {
      fs.writeFileSync(path.join(unwritable, '.newsdesk-probe'), '');
      fs.rmSync(path.join(unwritable, '.newsdesk-probe'));
    } catch {
      writable = false;
    }
    if (writable) return;
    const error = await refusal(backupToFile(lib.db, lib.dataDir, unwritable));
    expect(error.code).toBe('backupFolderUnwritable');
    expect(error.en).toMatch(/^Cannot write a backup into \/sys \(E[A-Z]+\)/);
  });
});

describe('restoring', () => {
  async function backupFile(): Promise<string> {
    const lib = await library();
    return (await backupToFile(lib.db, lib.dataDir, tempDir())).path;
  }

  it('refuses a truncated backup, wherever it was cut, and leaves nothing behind', async () => {
    const file = await backupFile();
    const bytes = fs.readFileSync(file);
    const parent = tempDir();
    for (const keep of [0.1, 0.5, 0.9, 0.999]) {
      const truncated = path.join(tempDir(), 'cut.ndbackup');
      fs.writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length * keep)));
      const error = await refusal(restoreBackup(truncated, path.join(parent, 'restored')));
      expect(error.code).toBe('backupInvalid');
      expect(error.en).toBe(`“${truncated}” is not a Newsdesk backup, or it is incomplete; nothing was restored`);
      expect(fs.readdirSync(parent)).toEqual([]);
    }
  });

  it('refuses a backup whose photo or database bytes were damaged, and leaves nothing behind', async () => {
    const file = await backupFile();
    const bytes = Buffer.from(fs.readFileSync(file));
    // Flip one byte in the middle of the stored data (the database comes first).
    bytes[Math.floor(bytes.length / 3)]! ^= 0xff;
    const damaged = path.join(tempDir(), 'damaged.ndbackup');
    fs.writeFileSync(damaged, bytes);
    const parent = tempDir();
    const error = await refusal(restoreBackup(damaged, path.join(parent, 'restored')));
    expect(['backupDamaged', 'backupInvalid']).toContain(error.code);
    expect(fs.readdirSync(parent)).toEqual([]);
  });

  it('refuses foreign files: a photo, an empty file, a zip that is not a backup', async () => {
    const dir = tempDir();
    const jpeg = path.join(dir, 'photo.ndbackup');
    fs.writeFileSync(jpeg, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]));
    const empty = path.join(dir, 'empty.ndbackup');
    fs.writeFileSync(empty, '');
    const zip = path.join(dir, 'other.zip');
    const other = new yazl.ZipFile();
    other.addBuffer(Buffer.from('{"format":"something-else"}'), 'manifest.json');
    other.end();
    await new Promise<void>((resolve) => other.outputStream.pipe(fs.createWriteStream(zip)).on('close', () => resolve()));
    for (const file of [jpeg, empty, zip]) {
      expect((await refusal(restoreBackup(file, path.join(dir, 'restored')))).code).toBe('backupInvalid');
      expect(fs.existsSync(path.join(dir, 'restored'))).toBe(false);
    }
  });

  it('refuses a backup from a newer Newsdesk with its own line', async () => {
    const file = await backupFile();
    const dir = tempDir();
    // The same backup, its manifest claiming a library version this Newsdesk does not know.
    const newer = path.join(dir, 'newer.ndbackup');
    const original = await openBackup(file);
    const zip = new yazl.ZipFile();
    zip.addBuffer(Buffer.from(JSON.stringify({ ...original.manifest, schemaVersion: latestVersion + 1 })), 'manifest.json');
    zip.addReadStream(await original.read('newsdesk.sqlite'), 'newsdesk.sqlite');
    zip.end();
    await new Promise<void>((resolve) => zip.outputStream.pipe(fs.createWriteStream(newer)).on('close', () => resolve()));
    original.close();
    const error = await refusal(restoreBackup(newer, path.join(dir, 'restored')));
    expect(error.code).toBe('backupTooNew');
    expect(error.en).toContain(`library version ${latestVersion + 1}`);
    expect(error.vi).toContain('phiên bản Newsdesk mới hơn');
    expect(fs.existsSync(path.join(dir, 'restored'))).toBe(false);
  });

  it('refuses a FIFO, a folder and a missing file without reading them', async () => {
    const dir = tempDir();
    const fifo = path.join(dir, 'pipe.ndbackup');
    execFileSync('mkfifo', [fifo]);
    expect((await refusal(restoreBackup(fifo, path.join(dir, 'a')))).code).toBe('backupNotAFile');
    expect((await refusal(restoreBackup(dir, path.join(dir, 'b')))).code).toBe('backupNotAFile');
    expect((await refusal(restoreBackup(path.join(dir, 'nope.ndbackup'), path.join(dir, 'c')))).code).toBe('backupFileMissing');
  });

  it('never writes into a folder that is not empty, such as the current library', async () => {
    const lib = await library();
    const file = (await backupToFile(lib.db, lib.dataDir, tempDir())).path;
    const before = filesIn(lib.dataDir);
    const error = await refusal(restoreBackup(file, lib.dataDir));
    expect(error.code).toBe('restoreTargetNotEmpty');
    expect(filesIn(lib.dataDir)).toEqual(before);
    // An empty folder is fine.
    const empty = tempDir();
    expect(await restoreBackup(file, empty)).toEqual({ path: empty, articles: 2, photos: 3 });
  });

  it('refuses a backup with one damaged photo among several written at once, and leaves nothing behind', async () => {
    const lib = await library();
    const file = (await backupToFile(lib.db, lib.dataDir, tempDir())).path;
    const bytes = Buffer.from(fs.readFileSync(file));
    const backup = await openBackup(file);
    const photo = backup.manifest.photos.files.at(-1)!;
    backup.close();
    // The last photo's bytes, found in the zip by its content, one byte flipped in its middle.
    const at = bytes.indexOf(fs.readFileSync(path.join(lib.dataDir, ...photo.path.split('/'))));
    expect(at).toBeGreaterThan(0);
    bytes[at + Math.floor(photo.bytes / 2)]! ^= 0xff;
    const damaged = path.join(tempDir(), 'damaged-photo.ndbackup');
    fs.writeFileSync(damaged, bytes);
    const parent = tempDir();
    const error = await refusal(restoreBackup(damaged, path.join(parent, 'restored')));
    expect(error.code).toBe('backupDamaged');
    expect(error.en).toContain(path.basename(photo.path));
    expect(fs.readdirSync(parent)).toEqual([]);
  });

  it('on a disk that fills up among the photos: a clear line, the writes under way waited for, no half-restored folder', async () => {
    const file = await backupFile();
    const backup = await openBackup(file);
    const room = backup.manifest.database.bytes + Math.floor(backup.manifest.photos.files[0]!.bytes * 1.5);
    backup.close();
    const parent = tempDir();
    const error = await refusal(restoreBackup(file, path.join(parent, 'restored'), { io: fullDisk(room) }));
    expect(error.code).toBe('restoreDiskFull');
    expect(fs.readdirSync(parent)).toEqual([]);
  });

  it('on a full disk: a clear line and no half-restored folder', async () => {
    const file = await backupFile();
    const parent = tempDir();
    const error = await refusal(restoreBackup(file, path.join(parent, 'restored'), { io: fullDisk(10_000) }));
    expect(error.code).toBe('restoreDiskFull');
    expect(fs.readdirSync(parent)).toEqual([]);
  });
});
