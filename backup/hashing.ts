// Copying with a SHA-256 on the way: every byte a backup writes or reads back is hashed as it passes, so a
// verification never needs a second pass over the source.
import { createHash, type Hash } from 'node:crypto';
import fs from 'node:fs';
import { Transform, type Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** Read size for large files: hashing 64 KB chunks costs about three times as much as 1 MB ones. */
export const chunkBytes = 1024 * 1024;

export interface Hashed {
  bytes: number;
  sha256: string;
}

/** A pass-through that hashes and counts what flows through it; `result()` once the stream has ended. */
export function hashingStream(onBytes?: (count: number) => void): Transform & { result(): Hashed } {
  const hash: Hash = createHash('sha256');
  let bytes = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      bytes += chunk.length;
      onBytes?.(chunk.length);
      done(null, chunk);
    },
  });
  let digest: string | undefined;
  return Object.assign(stream, { result: () => ({ bytes, sha256: (digest ??= hash.digest('hex')) }) });
}

/** Reads a stream to its end, hashing it. */
export async function hashReadable(source: Readable, onBytes?: (count: number) => void): Promise<Hashed> {
  const hasher = hashingStream(onBytes);
  await pipeline(source, hasher, async function* drain(chunks) {
    for await (const _chunk of chunks) yield* [];
  });
  return hasher.result();
}

export function hashFile(file: string, onBytes?: (count: number) => void): Promise<Hashed> {
  return hashReadable(fs.createReadStream(file, { highWaterMark: chunkBytes }), onBytes);
}

/** Copies `source` into `target`, hashing on the way; the caller flushes it (see syncFiles). */
export async function copyHashed(source: Readable, target: string, open: (file: string) => Writable, onBytes?: (count: number) => void): Promise<Hashed> {
  const hasher = hashingStream(onBytes);
  await pipeline(source, hasher, open(target));
  return hasher.result();
}

/**
 * Flushes many files to disk, several at a time: a file system commits concurrent flushes together, where one
 * flush after each of two thousand photos would wait for the disk two thousand times.
 */
export async function syncFiles(files: readonly string[], concurrency = 32): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < files.length) await fsync(files[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker));
}

export async function fsync(file: string): Promise<void> {
  const handle = await fs.promises.open(file, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
