// Reading a backup file: a regular file (a FIFO or a device would hang or never end), a zip whose central
// directory is whole (a truncated file has none), holding a manifest this Newsdesk understands. Anything else
// is "not a Newsdesk backup, or incomplete", one translated line.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { latestVersion } from '../store/migrations/index';
import { backupErrors } from './backupErrors';
import { databaseEntry, formatName, formatVersion, manifestEntry, manifestSchema, type Manifest } from './backupFormat';
import { chunkBytes, hashReadable, type Hashed } from './hashing';

const maxManifestBytes = 64 * 1024 * 1024;

export interface OpenedBackup {
  readonly file: string;
  readonly manifest: Manifest;
  /** Every file the manifest lists that is inside the zip, by its name there. */
  has(name: string): boolean;
  read(name: string): Promise<Readable>;
  /** A small stored entry's bytes, read in one call (no stream); undefined for any other entry. */
  readWhole(name: string): Buffer | undefined;
  /** Where a stored entry's local header starts, and its size; undefined for any other entry. */
  storedAt(name: string): { headerOffset: number; bytes: number } | undefined;
  close(): void;
}

/** Stored entries up to this size are read whole by readWhole. */
export const wholeEntryBytes = 8 * 1024 * 1024;

export async function openBackup(file: string): Promise<OpenedBackup> {
  const fd = await openRegularFile(file);
  let zip: ZipFile;
  let entries: Map<string, Entry>;
  try {
    zip = await fromFd(fd);
    entries = await readEntries(zip);
  } catch (error) {
    fs.closeSync(fd);
    throw backupErrors.invalid(file, error instanceof Error ? error.message : String(error));
  }
  const opened = {
    file,
    has: (name: string) => entries.has(name),
    read: (name: string) => openEntry(zip, fd, entries.get(name), name),
    readWhole: (name: string) => readWholeEntry(fd, entries.get(name)),
    storedAt: (name: string) => storedAt(entries.get(name)),
    close: () => zip.close(),
  };
  try {
    const manifest = await readManifest(opened, file);
    return { ...opened, manifest };
  } catch (error) {
    zip.close();
    throw error;
  }
}

/** Reads an entry to its end and checks its size and SHA-256 against the manifest's. */
export async function checkEntry(backup: OpenedBackup, name: string, expected: Hashed, onBytes?: (count: number) => void): Promise<void> {
  const actual = await hashEntry(backup, name, onBytes).catch((error: unknown) => {
    throw backupErrors.damaged(backup.file, `${name}: ${error instanceof Error ? error.message : String(error)}`);
  });
  if (actual.bytes !== expected.bytes || actual.sha256 !== expected.sha256) throw backupErrors.damaged(backup.file, `${name} does not match its checksum`);
}

async function hashEntry(backup: OpenedBackup, name: string, onBytes?: (count: number) => void): Promise<Hashed> {
  const whole = backup.readWhole(name);
  if (!whole) return hashReadable(await backup.read(name), onBytes);
  onBytes?.(whole.length);
  return { bytes: whole.length, sha256: createHash('sha256').update(whole).digest('hex') };
}

const localHeaderSignature = 0x04034b50;

function storedAt(entry: Entry | undefined): { headerOffset: number; bytes: number } | undefined {
  if (!entry || entry.compressionMethod !== 0 || entry.compressedSize !== entry.uncompressedSize) return undefined;
  return { headerOffset: entry.relativeOffsetOfLocalHeader, bytes: entry.compressedSize };
}

/**
 * A stored entry's bytes straight from the file: its local header read to find where the data starts (the
 * name and extra field lengths there may differ from the central directory's), then the data in one read.
 */
function readWholeEntry(fd: number, entry: Entry | undefined): Buffer | undefined {
  if (!entry || entry.compressionMethod !== 0 || entry.compressedSize !== entry.uncompressedSize || entry.compressedSize > wholeEntryBytes) return undefined;
  const header = Buffer.alloc(30);
  if (fs.readSync(fd, header, 0, 30, entry.relativeOffsetOfLocalHeader) !== 30 || header.readUInt32LE(0) !== localHeaderSignature) {
    throw new Error(`${entry.fileName}: no local header`);
  }
  const start = entry.relativeOffsetOfLocalHeader + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  const data = Buffer.alloc(entry.compressedSize);
  let read = 0;
  while (read < data.length) {
    const n = fs.readSync(fd, data, read, data.length - read, start + read);
    if (n === 0) throw new Error(`${entry.fileName} ends early`);
    read += n;
  }
  return data;
}

async function openRegularFile(file: string): Promise<number> {
  const stat = await fs.promises.stat(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') throw backupErrors.fileMissing(file);
    throw error;
  });
  if (!stat.isFile()) throw backupErrors.notAFile(file);
  // O_NONBLOCK too: if the path was swapped for a FIFO since the stat, opening it must not wait for a writer.
  const fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  if (!fs.fstatSync(fd).isFile()) {
    fs.closeSync(fd);
    throw backupErrors.notAFile(file);
  }
  return fd;
}

/**
 * yauzl reads the central directory with two small reads per entry; through its own reader each is a trip to
 * the thread pool (four thousand for two thousand photos, most of a restore's opening). These come from the
 * page cache, so they are read at once and answered on the next tick. Entries' data is streamed as before.
 */
class DirectReader extends yauzl.RandomAccessReader {
  constructor(private readonly fd: number) {
    super();
  }

  override read(buffer: Buffer, offset: number, length: number, position: number, callback: (error: Error | null, bytesRead?: number) => void): void {
    let bytesRead: number;
    try {
      bytesRead = fs.readSync(this.fd, buffer, offset, length, position);
    } catch (error) {
      process.nextTick(callback, error as Error);
      return;
    }
    process.nextTick(callback, null, bytesRead);
  }

  override _readStreamForRange(start: number, end: number): Readable {
    return fs.createReadStream('', { fd: this.fd, autoClose: false, start, end: end - 1 }) as unknown as Readable;
  }

  override close(callback: (error: Error | null) => void): void {
    fs.close(this.fd, callback);
  }
}

function fromFd(fd: number): Promise<ZipFile> {
  const size = fs.fstatSync(fd).size;
  return new Promise((resolve, reject) => {
    yauzl.fromRandomAccessReader(new DirectReader(fd), size, { lazyEntries: true, autoClose: false, validateEntrySizes: true }, (error, zip) => (error ? reject(error) : resolve(zip!)));
  });
}

function readEntries(zip: ZipFile): Promise<Map<string, Entry>> {
  return new Promise((resolve, reject) => {
    const entries = new Map<string, Entry>();
    zip.on('entry', (entry: Entry) => {
      entries.set(entry.fileName, entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', reject);
    zip.readEntry();
  });
}

/** yauzl 3's call for where an entry's data starts (not in @types/yauzl, which describes yauzl 2). */
type LocalHeaderReader = { readLocalFileHeader(entry: Entry, options: { minimal: true }, done: (error: Error | null, header: { fileDataStart: number }) => void): void };

/**
 * A stored entry (all of ours) is read straight from the file in 1 MB chunks: yauzl's own stream reads 16 KB
 * at a time, which makes hashing a large database several times slower. Anything else goes through yauzl.
 */
async function openEntry(zip: ZipFile, fd: number, entry: Entry | undefined, name: string): Promise<Readable> {
  if (!entry) throw new Error(`${name} is missing`);
  if (entry.compressionMethod !== 0 || entry.compressedSize !== entry.uncompressedSize) {
    return new Promise((resolve, reject) => zip.openReadStream(entry, (error, stream) => (error ? reject(error) : resolve(stream!))));
  }
  const { fileDataStart } = await new Promise<{ fileDataStart: number }>((resolve, reject) =>
    (zip as unknown as LocalHeaderReader).readLocalFileHeader(entry, { minimal: true }, (error, header) => (error ? reject(error) : resolve(header))),
  );
  if (entry.compressedSize === 0) return Readable.from([]);
  const end = fileDataStart + entry.compressedSize - 1;
  return fs.createReadStream('', { fd, autoClose: false, start: fileDataStart, end, highWaterMark: chunkBytes });
}

async function readManifest(backup: Omit<OpenedBackup, 'manifest'>, file: string): Promise<Manifest> {
  if (!backup.has(manifestEntry)) throw backupErrors.invalid(file, 'no manifest');
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of await backup.read(manifestEntry)) {
      size += (chunk as Buffer).length;
      if (size > maxManifestBytes) throw new Error('manifest too large');
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    throw backupErrors.invalid(file, error instanceof Error ? error.message : String(error));
  }
  let json: unknown;
  try {
    json = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw backupErrors.invalid(file, 'manifest is not JSON');
  }
  const format = (json as { format?: unknown; formatVersion?: unknown } | null) ?? {};
  if (format.format !== formatName) throw backupErrors.invalid(file, 'not a Newsdesk manifest');
  if (typeof format.formatVersion === 'number' && format.formatVersion > formatVersion) {
    const schema = (json as { schemaVersion?: unknown }).schemaVersion;
    throw backupErrors.tooNew(file, typeof schema === 'number' ? schema : format.formatVersion, latestVersion);
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) throw backupErrors.invalid(file, 'manifest does not describe a backup');
  const manifest = parsed.data;
  if (manifest.schemaVersion > latestVersion) throw backupErrors.tooNew(file, manifest.schemaVersion, latestVersion);
  if (!backup.has(databaseEntry)) throw backupErrors.invalid(file, 'no database');
  return manifest;
}
