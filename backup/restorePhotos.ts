// A restore's photo originals, written by worker threads (photoWorkerSource.ts) taking photos from one shared
// queue, while this thread extracts the database. A failure in one worker stops the others at their next photo;
// the answer comes only once every worker has stopped and closed its files, so the hidden folder can go.
// Where a worker cannot run at all, or stops without an answer, this thread writes what it left (RestoreWriter):
// a photo is never skipped. Photos too large to read whole, and every photo when a test gives its own disk
// (`BackupIo`, reachable only from this thread), are written here too.
import fs from 'node:fs';
import path from 'node:path';
import { backupErrors } from './backupErrors';
import type { PhotoRecord } from './backupFormat';
import { wholeEntryBytes, type OpenedBackup } from './openBackup';
import { photoWorkerSource } from './photoWorkerSource';
import type { RestoreWriter } from './restoreFiles';
import { runWorkerTask, type WorkerTask } from './workerTask';

export interface PhotoWorkers {
  /** How many workers (0: every photo on this thread). */
  count: number;
  /** The workers' code; tests give one that cannot run. */
  source?: string;
  /** Each worker flushes every photo it writes (else the caller flushes them all together afterwards). */
  flushEach?: boolean;
}

export interface PhotoRestore {
  /** Every photo in place (flushed, unless `flushEach` was false); where they were written. Rejects with the first failure. */
  done: Promise<'workers' | 'main'>;
  /** Stops the workers at their next photo; resolves once every one has stopped. */
  stop(): Promise<void>;
}

interface Job {
  name: string;
  bytes: number;
  sha256: string;
  /** Where the photo's local header starts in the backup (unused for a backup folder's shared photos). */
  at: number;
}

type Answer = null | { damaged: string } | { code?: string; message: string };

export function restorePhotos(backup: OpenedBackup, writer: RestoreWriter, staging: string, sharedFolder: string | undefined, workers: PhotoWorkers, onBytes: (n: number) => void): PhotoRestore {
  const here: PhotoRecord[] = [];
  const jobs: Job[] = [];
  const records: PhotoRecord[] = [];
  for (const photo of backup.manifest.photos.files) {
    const stored = sharedFolder ? { headerOffset: 0, bytes: photo.bytes } : backup.storedAt(photo.path);
    if (workers.count === 0 || !stored || stored.bytes !== photo.bytes || photo.bytes > wholeEntryBytes) here.push(photo);
    else {
      jobs.push({ name: photo.path, bytes: photo.bytes, sha256: photo.sha256, at: stored.headerOffset });
      records.push(photo);
    }
  }
  const state = new Int32Array(new SharedArrayBuffer(4 * (2 + workers.count)));
  const data = { file: backup.file, staging, sharedFolder, jobs, state: state.buffer, flushEach: workers.flushEach ?? true };
  const tasks = jobs.length === 0 ? [] : Array.from({ length: workers.count }, (_, index) => start(workers.source ?? photoWorkerSource, { ...data, index }, onBytes));
  const stop = () => {
    Atomics.store(state, 1, 1);
    return Promise.allSettled(tasks.map((task) => task?.result)).then(() => undefined);
  };

  const done = (async () => {
    // The photos no worker takes go first on this thread, alongside the workers.
    const hereDone = (async () => {
      for (const photo of here) await writer.photo(photo, sharedFolder);
    })();
    hereDone.catch(() => stop());
    const answers = await Promise.allSettled(tasks.map((task) => task?.result ?? Promise.reject(new Error('the worker did not start'))));
    await hereDone;
    const failure = answers.find((answer): answer is PromiseFulfilledResult<Exclude<Answer, null>> => answer.status === 'fulfilled' && answer.value !== null);
    if (failure) throw asError(backup.file, failure.value);
    // What a worker that did not answer left: the photo it was writing (done again), and the queue's rest.
    const left: PhotoRecord[] = [];
    answers.forEach((answer, index) => {
      const current = state[2 + index]!;
      if (answer.status === 'rejected' && current > 0) left.push(records[current - 1]!);
    });
    for (let next = Atomics.load(state, 0); next < jobs.length; next++) left.push(records[next]!);
    for (const photo of left) {
      await fs.promises.rm(path.join(staging, ...photo.path.split('/')), { force: true });
      await writer.photo(photo, sharedFolder);
    }
    return tasks.length > 0 && left.length === 0 ? 'workers' : 'main';
  })();
  done.catch(() => stop());
  return { done, stop };
}

function start(source: string, data: unknown, onBytes: (n: number) => void): WorkerTask<Answer> | undefined {
  try {
    return runWorkerTask<Answer>(source, data, onBytes);
  } catch {
    // No worker at all here (a limit on threads): this thread does their photos.
    return undefined;
  }
}

function asError(file: string, answer: Exclude<Answer, null>): unknown {
  if ('damaged' in answer) return backupErrors.damaged(file, answer.damaged);
  return Object.assign(new Error(answer.message), { code: answer.code });
}
