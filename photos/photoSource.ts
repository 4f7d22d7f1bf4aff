// Where an import reads from: a path the main process chose (its own dialog, a drop, the CLI), or bytes the
// renderer sent. Either way the file is checked before anything is written (exists, is a file, not empty, not
// too big, and its first bytes are a photo format), then streamed once into a temporary file while hashing, so
// a 200 MB photo never sits in memory.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { toNfc } from '../common/text/nfc';
import { openRegularFile } from '../store/regularFile';
import { photoErrors, systemErrorCode } from './photoErrors';
import { sniffFormat, sniffLength, type Sniffed } from './sniffFormat';

export type PhotoSource = string | { name: string; bytes: Uint8Array };

export interface OpenedSource {
  /** How errors and the photo's record name the file: the path as given, or the name sent with the bytes. */
  readonly name: string;
  /** The bare file name, stored as the photo's original name. */
  readonly fileName: string;
  readonly sniffed: Sniffed;
  /** Streams the whole source into `tempPath`, flushed to disk; returns the SHA-256 and the size. */
  copyTo(tempPath: string): Promise<{ hash: string; bytes: number }>;
  close(): Promise<void>;
}

const copyChunkBytes = 1024 * 1024;

export function sourceName(source: PhotoSource): string {
  return toNfc(typeof source === 'string' ? source : source.name);
}

export async function openSource(source: PhotoSource, maxBytes: number): Promise<OpenedSource> {
  return typeof source === 'string' ? openPath(source, maxBytes) : openBytes(source, maxBytes);
}

async function openPath(file: string, maxBytes: number): Promise<OpenedSource> {
  const name = toNfc(file);
  let handle: fs.promises.FileHandle;
  let size: number;
  try {
    ({ handle, size } = await openRegularFile(file));
  } catch (error) {
    throw photoErrors.unreadable(name, systemErrorCode(error) ?? 'EIO');
  }
  try {
    if (size === 0) throw photoErrors.empty(name);
    if (size > maxBytes) throw photoErrors.tooLarge(name, maxBytes);
    const head = Buffer.alloc(Math.min(sniffLength, size));
    await readFully(handle, head, name);
    return {
      name,
      fileName: toNfc(path.basename(file)),
      sniffed: sniffFormat(head, file),
      copyTo: (tempPath) => copyChunks(fileChunks(handle), tempPath, name),
      close: () => handle.close(),
    };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

async function openBytes({ name: given, bytes }: { name: string; bytes: Uint8Array }, maxBytes: number): Promise<OpenedSource> {
  const name = toNfc(given);
  if (bytes.length === 0) throw photoErrors.empty(name);
  if (bytes.length > maxBytes) throw photoErrors.tooLarge(name, maxBytes);
  return {
    name,
    // A name from the renderer is a label, never a path: keep only its last segment.
    fileName: name.split(/[\\/]/).at(-1) || name,
    sniffed: sniffFormat(bytes.subarray(0, sniffLength), name),
    copyTo: (tempPath) => copyChunks(once(bytes), tempPath, name),
    close: async () => undefined,
  };
}

async function readFully(handle: fs.promises.FileHandle, into: Buffer, name: string): Promise<void> {
  try {
    let offset = 0;
    while (offset < into.length) {
      const { bytesRead } = await handle.read(into, offset, into.length - offset, offset);
      if (bytesRead === 0) break;
      offset += bytesRead;
    }
  } catch (error) {
    throw photoErrors.unreadable(name, systemErrorCode(error) ?? 'EIO');
  }
}

/**
 * Hashes and writes in one pass. A failure to read is the source's fault (named after the file); a failure to
 * write is the store's, and leaves as the system error it is for the caller to report.
 */
async function copyChunks(source: AsyncIterable<Uint8Array>, tempPath: string, name: string): Promise<{ hash: string; bytes: number }> {
  const hash = createHash('sha256');
  let bytes = 0;
  const chunks = source[Symbol.asyncIterator]();
  const out = await fs.promises.open(tempPath, 'wx', 0o644);
  try {
    for (;;) {
      let next: IteratorResult<Uint8Array>;
      try {
        next = await chunks.next();
      } catch (error) {
        throw photoErrors.unreadable(name, systemErrorCode(error) ?? 'EIO');
      }
      if (next.done) break;
      hash.update(next.value);
      await writeAt(out, next.value, bytes);
      bytes += next.value.length;
    }
    await out.sync();
  } finally {
    await out.close();
  }
  return { hash: hash.digest('hex'), bytes };
}

async function writeAt(out: fs.promises.FileHandle, chunk: Uint8Array, position: number): Promise<void> {
  for (let offset = 0; offset < chunk.length; ) {
    const { bytesWritten } = await out.write(chunk, offset, chunk.length - offset, position + offset);
    offset += bytesWritten;
  }
}

/** The file in chunks read into one reused buffer: copying 200 MB leaves no 200 MB of garbage behind. */
async function* fileChunks(handle: fs.promises.FileHandle): AsyncIterable<Uint8Array> {
  const buffer = Buffer.allocUnsafe(copyChunkBytes);
  for (let position = 0; ; ) {
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
    if (bytesRead === 0) return;
    yield buffer.subarray(0, bytesRead);
    position += bytesRead;
  }
}

async function* once(bytes: Uint8Array): AsyncIterable<Uint8Array> {
  yield bytes;
}
