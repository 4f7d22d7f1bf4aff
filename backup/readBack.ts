// Reading a written backup back whole against its manifest's SHA-256s before it is named: on two worker
// threads, each reading its share of the entries straight from the file in large reads, so the check uses
// both cores and leaves this thread free. Should a worker not run at all, the same check runs on this thread
// (checkEntry): it is never skipped. An entry whose CRC-32 was taken from another backup rather than computed
// (a copied database) has that CRC-32 checked in the same pass, so the zip's own record of it is right too; and
// its check can start as soon as it is written (readBackEarly), while the rest of the zip still is.
import { createHash } from 'node:crypto';
import zlib from 'node:zlib';
import { backupErrors } from './backupErrors';
import { databaseEntry, type Manifest } from './backupFormat';
import { checkEntry, type OpenedBackup } from './openBackup';
import { runWorkerTask, type WorkerTask } from './workerTask';

export interface Job {
  name: string;
  headerOffset: number;
  bytes: number;
  sha256: string;
  /** Checked too when given: the CRC-32 the zip records for the entry without having computed it. */
  crc32?: number;
}

/**
 * One entry's read-back on a worker of its own, started before the zip is finished: the worker is started
 * first (its start-up overlapping the entry's copy) and told its entry by check() once the entry is in the file.
 */
export interface EarlyReadBack {
  job?: Job;
  task: WorkerTask<string | null>;
  check(file: string, job: Job): void;
}

// Answers the first entry that does not match, or null. The data starts after the local header's name and
// extra field, whose lengths are read from the header itself. Its file and entries come as its data, or in a
// message when it was started before they were known.
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const { createHash } = require('node:crypto');
const zlib = require('node:zlib');
if (workerData.jobs) check(workerData);
else parentPort.once('message', check);
function check({ file, jobs }) {
const fd = fs.openSync(file, 'r');
const chunk = Buffer.allocUnsafe(4 * 1024 * 1024);
const header = Buffer.alloc(30);
let problem = null;
try {
  for (const job of jobs) {
    if (fs.readSync(fd, header, 0, 30, job.headerOffset) !== 30 || header.readUInt32LE(0) !== 0x04034b50) {
      problem = job.name + ': no local header';
      break;
    }
    let at = job.headerOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
    let left = job.bytes;
    const hash = createHash('sha256');
    let crc = 0;
    while (left > 0) {
      const n = fs.readSync(fd, chunk, 0, Math.min(left, chunk.length), at);
      if (n === 0) break;
      hash.update(chunk.subarray(0, n));
      if (job.crc32 !== undefined) crc = zlib.crc32(chunk.subarray(0, n), crc);
      at += n;
      left -= n;
    }
    if (left > 0 || hash.digest('hex') !== job.sha256 || (job.crc32 !== undefined && crc !== job.crc32)) {
      problem = job.name + ' does not match its checksum';
      break;
    }
  }
} finally {
  fs.closeSync(fd);
}
parentPort.postMessage(problem);
}
`;

/** Starts the worker of an early read-back; check() gives it its entry. */
export function readBackEarly(): EarlyReadBack {
  const task = runWorkerTask<string | null>(workerSource, {});
  const early: EarlyReadBack = {
    task,
    check(file, job) {
      early.job = job;
      task.send({ file, jobs: [job] });
    },
  };
  return early;
}

/**
 * Throws backupNotVerified at the first entry that is missing or differs from the manifest. An entry whose
 * check started early counts once it has answered, if the finished zip has it where that check read it.
 */
export async function readBackWhole(backup: OpenedBackup, manifest: Manifest, onBytes: (n: number) => void, workers = 2, early?: EarlyReadBack): Promise<void> {
  const expected = [{ path: databaseEntry, ...manifest.database }, ...(manifest.photos.where === 'inside' ? manifest.photos.files : [])];
  const jobs: Job[] = [];
  for (const record of expected) {
    const at = backup.storedAt(record.path);
    if (!at || at.bytes !== record.bytes) throw backupErrors.notVerified(`${record.path} is missing or not the size the manifest says`);
    const job: Job = { name: record.path, headerOffset: at.headerOffset, bytes: record.bytes, sha256: record.sha256 };
    if (early?.job?.name !== job.name) jobs.push(job);
    else if (!sameJob(early.job, job)) throw backupErrors.notVerified(`${job.name} is not where it was written`);
  }
  const started = early?.job && expected.some((record) => record.path === early.job?.name) ? { job: early.job, result: early.task.result } : undefined;
  const shares = share(jobs, workers);
  const checks = shares.map((share) => ({ share, result: runWorkerTask<string | null>(workerSource, { file: backup.file, jobs: share }).result }));
  if (started) checks.push({ share: [started.job], result: started.result });
  const answers = await Promise.all(
    checks.map(async ({ share, result }) => {
      const problem = await result.catch(() => checkHere(backup, share));
      onBytes(share.reduce((sum, job) => sum + job.bytes, 0));
      return problem;
    }),
  );
  const problem = answers.find((answer) => answer !== null);
  if (problem) throw backupErrors.notVerified(problem);
}

/** The largest first, each to the share with the fewest bytes so far, so the workers end together. */
function share(jobs: Job[], count: number): Job[][] {
  const shares = Array.from({ length: count }, () => ({ bytes: 0, jobs: [] as Job[] }));
  for (const job of [...jobs].sort((a, b) => b.bytes - a.bytes)) {
    const lightest = shares.reduce((a, b) => (b.bytes < a.bytes ? b : a));
    lightest.jobs.push(job);
    lightest.bytes += job.bytes;
  }
  // In file order within a share: reads that go forward through the file.
  return shares.filter((s) => s.jobs.length > 0).map((s) => s.jobs.sort((a, b) => a.headerOffset - b.headerOffset));
}

function sameJob(a: Job, b: Job): boolean {
  return a.name === b.name && a.headerOffset === b.headerOffset && a.bytes === b.bytes && a.sha256 === b.sha256;
}

async function checkHere(backup: OpenedBackup, jobs: Job[]): Promise<string | null> {
  try {
    for (const job of jobs) {
      if (job.crc32 === undefined) await checkEntry(backup, job.name, job);
      else await checkWithCrc(backup, job);
    }
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

async function checkWithCrc(backup: OpenedBackup, job: Job): Promise<void> {
  const hash = createHash('sha256');
  let crc = 0;
  let bytes = 0;
  for await (const chunk of await backup.read(job.name)) {
    hash.update(chunk as Buffer);
    crc = zlib.crc32(chunk as Buffer, crc);
    bytes += (chunk as Buffer).length;
  }
  if (bytes !== job.bytes || hash.digest('hex') !== job.sha256 || crc !== job.crc32) throw backupErrors.damaged(backup.file, `${job.name} does not match its checksum`);
}
