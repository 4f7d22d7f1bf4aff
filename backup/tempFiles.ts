// Every file a backup or a restore writes starts under a hidden name carrying the writer's process id:
// `.newsdesk-partial-<pid>-<random>-<what>`. A crash (or a kill) leaves only such names, never a final one,
// and the next backup or restore into that folder sweeps those whose process is gone.
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
  const entries = await fs.promises.readdir(dir, { withFileTypes: true }).catch(() => []);
  let removed = 0;
  for (const entry of entries) {
    if (!isTempName(entry.name)) continue;
    const file = path.join(dir, entry.name);
    const pid = Number(entry.name.slice(prefix.length).split('-', 1)[0]);
    const stat = await fs.promises.lstat(file).catch(() => null);
    if (!stat) continue;
    const abandoned = !Number.isSafeInteger(pid) || !processAlive(pid) || now - stat.mtimeMs > maxAgeMs;
    if (!abandoned) continue;
    await fs.promises.rm(file, { recursive: true, force: true });
    removed += 1;
  }
  return removed;
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
