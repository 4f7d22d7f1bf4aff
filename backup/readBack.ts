// Reading a written backup back whole against its manifest's SHA-256s before it is named: on two worker
// threads, each reading its share of the entries straight from the file in large reads, so the check uses
// both cores and leaves this thread free. Should a worker not run at all, the same check runs on this thread
// (checkEntry): it is never skipped.
import { backupErrors } from './backupErrors';
import { databaseEntry, type Manifest } from './backupFormat';
import { checkEntry, type OpenedBackup } from './openBackup';
import { runWorkerTask } from './workerTask';

interface Job {
  name: string;
  headerOffset: number;
  bytes: number;
  sha256: string;
}

// Answers the first entry that does not match, or null. The data starts after the local header's name and
// extra field, whose lengths are read from the header itself.
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const { createHash } = require('node:crypto');
const fd = fs.openSync(workerData.file, 'r');
const chunk = Buffer.allocUnsafe(4 * 1024 * 1024);
const header = Buffer.alloc(30);
let problem = null;
try {
  for (const job of workerData.jobs) {
    if (fs.readSync(fd, header, 0, 30, job.headerOffset) !== 30 || header.readUInt32LE(0) !== 0x04034b50) {
      problem = job.name + ': no local header';
      break;
    }
    let at = job.headerOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
    let left = job.bytes;
    const hash = createHash('sha256');
    while (left > 0) {
      const n = fs.readSync(fd, chunk, 0, Math.min(left, chunk.length), at);
      if (n === 0) break;
      hash.update(chunk.subarray(0, n));
      at += n;
      left -= n;
    }
    if (left > 0 || hash.digest('hex') !== job.sha256) {
      problem = job.name + ' does not match its checksum';
      break;
    }
  }
} finally {
  fs.closeSync(fd);
}
parentPort.postMessage(problem);
`;

/** Throws backupNotVerified at the first entry that is missing or differs from the manifest. */
export async function readBackWhole(backup: OpenedBackup, manifest: Manifest, onBytes: (n: number) => void, workers = 2): Promise<void> {
  const expected = [{ path: databaseEntry, ...manifest.database }, ...(manifest.photos.where === 'inside' ? manifest.photos.files : [])];
  const jobs: Job[] = [];
  for (const record of expected) {
    const at = backup.storedAt(record.path);
    if (!at || at.bytes !== record.bytes) throw backupErrors.notVerified(`${record.path} is missing or not the size the manifest says`);
    jobs.push({ name: record.path, headerOffset: at.headerOffset, bytes: record.bytes, sha256: record.sha256 });
  }
  const shares = share(jobs, workers);
  const answers = await Promise.all(
    shares.map(async (share) => {
      const problem = await runWorkerTask<string | null>(workerSource, { file: backup.file, jobs: share }).result.catch(() => checkHere(backup, share));
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

async function checkHere(backup: OpenedBackup, jobs: Job[]): Promise<string | null> {
  try {
    for (const job of jobs) await checkEntry(backup, job.name, job);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
