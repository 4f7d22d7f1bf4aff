// The snapshot's `PRAGMA integrity_check`, on a worker thread with its own read-only connection: it is a
// third of a backup's time, and this way it runs on the other core while the zip is written, instead of
// before it. The backup waits for its answer before it verifies and names the file. Where the worker cannot
// run (better-sqlite3 not loadable there), the same check runs on this thread: it is never skipped.
import { createRequire } from 'node:module';
import Database from 'better-sqlite3';
import { integrityProblems } from './snapshot';
import { runWorkerTask } from './workerTask';

const requireHere: NodeJS.Require = typeof require === 'function' ? require : createRequire(import.meta.url);

// mmap: the check reads every page, several times for the indexes; mapped, it spends no read() on them.
// The connection is closed before the answer is posted: the backup goes on (and removes the snapshot) as soon as
// the answer arrives, and a connection still open on a removed file can share SQLite's per-file state with a
// new file that reuses its inode (the likeliest cause of a new library failing once, in a full test run, to open
// with "disk I/O error").
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
const db = new Database(workerData.file, { readonly: true, fileMustExist: true });
let problems;
try {
  db.pragma('mmap_size = 1073741824');
  problems = db.pragma('integrity_check').map((row) => row.integrity_check).filter((line) => line !== 'ok');
} finally {
  db.close();
}
parentPort.postMessage(problems);
`;

export interface IntegrityCheck {
  /** What integrity_check found wrong (empty: ok; a file SQLite cannot read at all is one problem), and where it ran. */
  result: Promise<{ problems: string[]; ranOn: 'worker' | 'main' }>;
  /** Stops the check; resolves once the worker has let go of the file (Windows cannot remove it before). */
  cancel(): Promise<void>;
}

export function checkIntegrityAside(file: string, module = requireHere.resolve('better-sqlite3')): IntegrityCheck {
  const task = runWorkerTask<string[]>(workerSource, { file, module });
  let cancelled = false;
  const result = task.result.then(
    (problems) => ({ problems, ranOn: 'worker' as const }),
    () => ({ problems: cancelled ? ['cancelled'] : checkIntegrityHere(file), ranOn: 'main' as const }),
  );
  return {
    result,
    cancel: () => {
      cancelled = true;
      return task.cancel();
    },
  };
}

/** The same check on this thread: the fallback, and the answer for a file the worker could not open. */
export function checkIntegrityHere(file: string): string[] {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    return integrityProblems(db);
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  } finally {
    db?.close();
  }
}
