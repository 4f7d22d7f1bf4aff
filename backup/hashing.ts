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

/** Copies `source` into `target`, hashing on the way; the caller flushes it (fsync). */
export async function copyHashed(source: Readable, target: string, open: (file: string) => Writable, onBytes?: (count: number) => void): Promise<Hashed> {
  const hasher = hashingStream(onBytes);
  await pipeline(source, hasher, open(target));
  return hasher.result();
}

/** Flushes a file's data to disk (before a rename gives it a name that says it is whole). */
export async function fsync(file: string): Promise<void> {
  const handle = await fs.promises.open(file, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
