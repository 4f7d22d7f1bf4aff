// The code of a restore's photo worker (restorePhotos.ts), as CommonJS source for runWorkerTask. Everything in
// it is synchronous: a worker has a core to itself, and a blocking call there costs no trip through the thread
// pool and no promise, which for two thousand small photos was most of a restore's time.
//
// The workers share one queue in `state` (an Int32Array over a SharedArrayBuffer): [0] the next photo to take,
// [1] set to stop every worker at its next photo, [2 + index] the photo this worker is writing, plus one (0:
// none), so that a photo a stopped worker left half-written is known and done again. Each photo is read whole
// (from the backup at its stored offset, or from a backup folder's shared tree), checked against its size and
// SHA-256 before it is written, and written under a new name; flushed at once unless the restore flushes them
// all together afterwards (flushFiles.ts).
// The answer is null, or the first failure: { damaged: detail } or { code, message } (a system error).
export const photoWorkerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const path = require('node:path');
const { createHash } = require('node:crypto');
const { file, staging, sharedFolder, jobs, index, flushEach } = workerData;
const state = new Int32Array(workerData.state);
const progressEvery = 16;
const header = Buffer.alloc(30);
const folders = new Set();
let buffer = Buffer.allocUnsafe(1024 * 1024);

class Damaged extends Error {}

function readFully(fd, bytes, position, name) {
  if (buffer.length < bytes) buffer = Buffer.allocUnsafe(bytes);
  let read = 0;
  while (read < bytes) {
    const n = fs.readSync(fd, buffer, read, bytes - read, position + read);
    if (n === 0) throw new Damaged(name + ' ends early');
    read += n;
  }
  return buffer.subarray(0, bytes);
}

function fromBackup(fd, job) {
  if (fs.readSync(fd, header, 0, 30, job.at) !== 30 || header.readUInt32LE(0) !== 0x04034b50) throw new Damaged(job.name + ': no local header');
  return readFully(fd, job.bytes, job.at + 30 + header.readUInt16LE(26) + header.readUInt16LE(28), job.name);
}

function fromFolder(job) {
  let fd;
  try {
    fd = fs.openSync(path.join(sharedFolder, ...job.name.split('/')), 'r');
  } catch (error) {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') throw new Damaged(job.name + ' is missing from ' + sharedFolder);
    throw error;
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw new Damaged(job.name + ' is missing from ' + sharedFolder);
    if (stat.size !== job.bytes) throw new Damaged(path.basename(job.name) + ' does not match its checksum');
    return readFully(fd, job.bytes, 0, job.name);
  } finally {
    fs.closeSync(fd);
  }
}

function restore(backupFd, job) {
  const bytes = sharedFolder ? fromFolder(job) : fromBackup(backupFd, job);
  if (createHash('sha256').update(bytes).digest('hex') !== job.sha256) throw new Damaged(path.basename(job.name) + ' does not match its checksum');
  const target = path.join(staging, ...job.name.split('/'));
  const folder = path.dirname(target);
  if (!folders.has(folder)) {
    fs.mkdirSync(folder, { recursive: true });
    folders.add(folder);
  }
  const out = fs.openSync(target, 'wx');
  try {
    let written = 0;
    while (written < bytes.length) written += fs.writeSync(out, bytes, written, bytes.length - written);
    if (flushEach) fs.fsyncSync(out);
  } finally {
    fs.closeSync(out);
  }
}

let answer = null;
let backupFd = -1;
let unreported = 0;
let count = 0;
try {
  if (!sharedFolder) backupFd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK || 0));
  while (Atomics.load(state, 1) === 0) {
    const next = Atomics.add(state, 0, 1);
    if (next >= jobs.length) break;
    Atomics.store(state, 2 + index, next + 1);
    restore(backupFd, jobs[next]);
    Atomics.store(state, 2 + index, 0);
    unreported += jobs[next].bytes;
    if (++count % progressEvery === 0) {
      parentPort.postMessage({ progress: unreported });
      unreported = 0;
    }
  }
} catch (error) {
  Atomics.store(state, 1, 1);
  answer = error instanceof Damaged ? { damaged: error.message } : { code: error && error.code, message: String(error && error.message) };
} finally {
  if (backupFd >= 0) fs.closeSync(backupFd);
}
if (unreported > 0) parentPort.postMessage({ progress: unreported });
parentPort.postMessage(answer);
`;
