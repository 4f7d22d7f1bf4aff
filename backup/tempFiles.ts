// Every file a backup or a restore writes starts under a hidden name carrying the writer's process id:
// `.newsdesk-partial-<pid>-<random>-<what>`. A crash (or a kill) leaves only such names, never a final one,
// and the next backup or restore into that folder sweeps those whose process is gone; so do opening the library
// (its data folder) and starting automatic backups (their folder).
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const prefix = '.newsdesk-partial-';
/** A temporary file older than this is swept even if its process id is alive again (ids get reused). */
const maxAgeMs = 24 * 60 * 60 * 1000;

export function tempPath(dir: string, what: string): string {
  return path.join(dir, `${prefix}${process.pid}-${randomBytes(6).toString('hex')}-${what}`);
}

export function isTempName(name: string): boolean {
  return name.startsWith(prefix);
}

/** Removes the leftovers of crashed backups and restores in `dir`; returns how many it removed. */
export async function sweepTempFiles(dir: string, now = Date.now()): Promise<number> {
  const entries = await fs.promises.readdir(dir).catch(() => [] as string[]);
  let removed = 0;
  for (const name of entries.filter(isTempName)) {
    const file = path.join(dir, name);
    const stat = await fs.promises.lstat(file).catch(() => null);
    if (!stat || !abandoned(name, stat.mtimeMs, now)) continue;
    await fs.promises.rm(file, { recursive: true, force: true });
    removed += 1;
  }
  return removed;
}

/** The same, in one go at library open (a folder holds a handful of entries; no backup has started yet). */
export function sweepTempFilesSync(dir: string, now = Date.now()): number {
  let entries: string[] = [];
  try {
    entries = fs.readdirSync(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of entries.filter(isTempName)) {
    const file = path.join(dir, name);
    try {
      if (!abandoned(name, fs.lstatSync(file).mtimeMs, now)) continue;
      fs.rmSync(file, { recursive: true, force: true });
      removed += 1;
    } catch {
      // Gone meanwhile, or not ours to remove: left for the next sweep.
    }
  }
  return removed;
}

/** Its writer is gone, or it is older than any backup still running could be (process ids get reused). */
function abandoned(name: string, modifiedMs: number, now: number): boolean {
  const pid = Number(name.slice(prefix.length).split('-', 1)[0]);
  return !Number.isSafeInteger(pid) || !processAlive(pid) || now - modifiedMs > maxAgeMs;
}

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Flushes a folder's entries (a rename) to disk; Windows cannot open a folder, and needs nothing more. */
export async function syncDirectory(dir: string): Promise<void> {
  const handle = await fs.promises.open(dir, 'r').catch(() => undefined);
  try {
    await handle?.sync();
  } catch {
    // Some file systems (and Windows) refuse to fsync a folder; the rename is still atomic there.
  } finally {
    await handle?.close();
  }
}
