// The photos folder inside the data folder:
//   photos/originals/ab/abcdef….jpg   originals, named by the SHA-256 of their bytes (two hex digits a folder)
//   photos/derived/abcdef…-thumb.jpg  derivatives, made once from the original
// Every file is written under a hidden temporary name in its final folder's tree, flushed to disk, then renamed:
// a crash leaves either the whole file or only a temporary one, which the cleanup sweeps away.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export type DerivativeSize = 'thumb' | 'display';

const tempPrefix = '.tmp-';

export class PhotoFolder {
  readonly root: string;
  readonly originals: string;
  readonly derived: string;

  constructor(dataDir: string) {
    this.root = path.join(dataDir, 'photos');
    this.originals = path.join(this.root, 'originals');
    this.derived = path.join(this.root, 'derived');
  }

  originalPath(hash: string, ext: string): string {
    return path.join(this.originals, hash.slice(0, 2), `${hash}.${ext}`);
  }

  derivedPath(hash: string, size: DerivativeSize): string {
    return path.join(this.derived, `${hash}-${size}.jpg`);
  }

  /**
   * A fresh temporary name in `dir`; the same file system as the final place, so the rename is atomic. It
   * carries the process id, so a file left by a killed process is known for what it is at the next start.
   */
  tempPath(dir: string): string {
    return path.join(dir, `${tempPrefix}${process.pid}-${randomBytes(12).toString('hex')}`);
  }

  /** Every folder a temporary file can be in. */
  tempFolders(): string[] {
    const shards = listSync(this.originals).filter((entry) => entry.isDirectory());
    return [this.originals, this.derived, ...shards.map((entry) => path.join(this.originals, entry.name))];
  }

  async ensure(): Promise<void> {
    await fs.promises.mkdir(this.originals, { recursive: true });
    await fs.promises.mkdir(this.derived, { recursive: true });
  }
}

export function isTempName(fileName: string): boolean {
  return fileName.startsWith(tempPrefix);
}

/** The process that made a temporary file, from its name; undefined for names from before it was recorded. */
export function tempFileProcess(fileName: string): number | undefined {
  const match = /^\.tmp-(\d+)-[0-9a-f]+$/.exec(fileName);
  return match ? Number(match[1]) : undefined;
}

/** Moves a finished, flushed temporary file to its final name, and flushes the folder entry too. */
export async function commitFile(tempPath: string, finalPath: string): Promise<void> {
  const dir = path.dirname(finalPath);
  await fs.promises.mkdir(dir, { recursive: true });
  await fs.promises.rename(tempPath, finalPath);
  await syncDirectory(dir);
}

/** Writes `bytes` to `finalPath` all or nothing: temporary file, flushed, renamed. */
export async function writeFileAtomic(folder: PhotoFolder, finalPath: string, bytes: Uint8Array): Promise<void> {
  const dir = path.dirname(finalPath);
  await fs.promises.mkdir(dir, { recursive: true });
  const temp = folder.tempPath(dir);
  try {
    const handle = await fs.promises.open(temp, 'wx', 0o644);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await commitFile(temp, finalPath);
  } catch (error) {
    await removeQuietly(temp);
    throw error;
  }
}

export async function removeQuietly(file: string): Promise<void> {
  await fs.promises.rm(file, { force: true });
}

/** A folder's entries; none when it does not exist (yet). */
export function listSync(dir: string): fs.Dirent[] {
  try {
    return fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

async function syncDirectory(dir: string): Promise<void> {
  let handle: fs.promises.FileHandle | undefined;
  try {
    handle = await fs.promises.open(dir, 'r');
    await handle.sync();
  } catch {
    // Windows cannot open or fsync a folder; the rename itself is still atomic there.
  } finally {
    await handle?.close();
  }
}
