// The check the app makes before it opens the library: SQLite's `quick_check` (the page structure, in a fraction
// of integrity_check's time) read-only, so a damaged library is never written to — not even a checkpoint. A
// damaged one is set aside (renamed beside itself with the time, its log with it, nothing deleted) and the
// newest backup is found for the app to offer. A file that is not a SQLite database at all is not judged here:
// opening it refuses it untouched with its own message (store/libraryFile.ts).
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { databaseFileName } from '../store/openDatabase';
import { isBackupFileName } from './backupFormat';
import { readBackupState } from './backupState';

export type StartupCheck = { damaged: false } | { damaged: true; problems: string[] };

const sqliteHeader = Buffer.from('SQLite format 3\0', 'latin1');

export function quickCheckLibrary(dataDir: string): StartupCheck {
  const file = path.join(dataDir, databaseFileName);
  if (!looksLikeSqlite(file)) return { damaged: false };
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const rows = db.pragma('quick_check') as { quick_check: string }[];
    const problems = rows.map((row) => row.quick_check).filter((line) => line !== 'ok');
    return problems.length > 0 ? { damaged: true, problems } : { damaged: false };
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    // Only damage sets a library aside; a lock, a permission or a missing file is for the opening to report.
    if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT_')) {
      return { damaged: true, problems: [(error as Error).message] };
    }
    return { damaged: false };
  } finally {
    db?.close();
  }
}

function looksLikeSqlite(file: string): boolean {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    if (!fs.fstatSync(fd).isFile()) return false;
    const head = Buffer.alloc(sqliteHeader.length);
    fs.readSync(fd, head, 0, head.length, 0);
    return head.equals(sqliteHeader);
  } catch {
    return false;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Renames the damaged database (and its log) to `newsdesk.damaged-YYYYMMDD-HHMMSS.sqlite`; returns that path. */
export function setAsideLibrary(dataDir: string, now = new Date()): string {
  const file = path.join(dataDir, databaseFileName);
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
  let aside = path.join(dataDir, `newsdesk.damaged-${stamp}.sqlite`);
  for (let n = 2; fs.existsSync(aside); n++) aside = path.join(dataDir, `newsdesk.damaged-${stamp}-${n}.sqlite`);
  // The log first: a database renamed without its log would be opened later without the log's pages.
  for (const suffix of ['-wal', '-shm']) {
    if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, aside + suffix);
  }
  fs.renameSync(file, aside);
  return aside;
}

/**
 * The newest backup this library knows of: its last good backup, and every backup in that backup's folder and
 * in the automatic backup folder (a backup made since, by the CLI, counts too). Newest by the time in its name.
 */
export function newestBackup(dataDir: string): string | null {
  const state = readBackupState(dataDir);
  const folders = new Set<string>();
  if (state.last) folders.add(path.dirname(state.last.path));
  if (state.autoFolder) folders.add(path.resolve(state.autoFolder));
  const found: string[] = [];
  for (const folder of folders) {
    let names: string[] = [];
    try {
      names = fs.readdirSync(folder);
    } catch {
      continue;
    }
    for (const name of names.filter(isBackupFileName)) found.push(path.join(folder, name));
  }
  // `…-091500-2` was made after `…-091500` in the same second.
  const keyOf = (file: string) => {
    const [, stamp, n] = /(\d{8}-\d{6})(?:-(\d+))?\.ndbackup$/.exec(file)!;
    return `${stamp}-${(n ?? '1').padStart(6, '0')}`;
  };
  found.sort((a, b) => (keyOf(a) < keyOf(b) ? 1 : keyOf(a) > keyOf(b) ? -1 : 0));
  return found[0] ?? null;
}
