// Where an export is written before it exists: a hidden folder inside the destination (the same file system,
// so moving the finished files into place is a rename). Every byte goes through the output file system, so a
// failing disk (tests inject one) fails here; the files are flushed to disk as they close. Only when
// everything is written does commit() move the results into place: a side folder before the page that
// points into it, an existing file or folder of the same name replaced whole, when the caller says it may be. Whatever happens, discard()
// leaves the destination as it was: no partial file, no temporary one.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { isNewsdeskError } from '../../common/errors/newsdeskError';
import { systemErrorCode } from '../../photos/photoErrors';
import { exportErrors } from '../exportErrors';
import { exportNameTaken } from '../fileName/exportNames';
import { stagePrefix, type StagingRecords } from './stagingRecords';

export interface OutputFileSystem {
  /** A new file, open for writing; its bytes reach the disk before it finishes. */
  createWriteStream(file: string): Writable;
}

export const diskOutput: OutputFileSystem = {
  createWriteStream: (file) => fs.createWriteStream(file, { flags: 'wx', mode: 0o644, flush: true }),
};

export type OutputData = string | Uint8Array | Readable | AsyncIterable<Uint8Array>;

export class ExportStaging {
  private constructor(
    readonly destination: string,
    readonly root: string,
    private readonly output: OutputFileSystem,
    private readonly records?: StagingRecords,
  ) {}

  /**
   * Creates the destination folder when missing, and the hidden staging folder inside it, recorded first (when
   * `records` are given) so that a kill from here on leaves nothing the next start cannot find.
   */
  static async open(destination: string, output: OutputFileSystem = diskOutput, records?: StagingRecords): Promise<ExportStaging> {
    const dir = path.resolve(destination);
    const root = path.join(dir, `${stagePrefix}${randomBytes(6).toString('hex')}`);
    records?.add(root);
    try {
      await fs.promises.mkdir(dir, { recursive: true });
      await fs.promises.mkdir(root);
    } catch (error) {
      records?.remove(root);
      throw exportErrors.unwritable(dir, error);
    }
    return new ExportStaging(dir, root, output, records);
  }

  /** The staged path of a name relative to the destination. */
  path(name: string): string {
    return path.join(this.root, name);
  }

  async write(name: string, data: OutputData, signal?: AbortSignal): Promise<string> {
    const file = this.path(name);
    await this.guard(async () => {
      await fs.promises.mkdir(path.dirname(file), { recursive: true });
      const source = typeof data === 'string' || data instanceof Uint8Array ? Readable.from([Buffer.from(data)]) : data;
      await pipeline(source, this.output.createWriteStream(file), { signal });
    });
    return file;
  }

  copyFile(name: string, from: string, signal?: AbortSignal): Promise<string> {
    return this.write(name, fs.createReadStream(from), signal);
  }

  /**
   * Turns a failure into the reporter's error: cancelled, disk full, or a destination that cannot be written.
   * Anything else is a bug and stays one.
   */
  async guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isNewsdeskError(error)) throw error;
      if ((error as Error | null)?.name === 'AbortError') throw exportErrors.cancelled();
      if (systemErrorCode(error)) throw exportErrors.unwritable(this.destination, error);
      throw error;
    }
  }

  /**
   * Moves the staged names into the destination, in the order given, and returns their final paths. What
   * they replace is kept aside until all are in place, and put back if a move fails.
   */
  async commit(names: readonly string[], mayReplace: (target: string) => boolean = () => true): Promise<string[]> {
    const moved: { target: string; aside?: string; placed: boolean }[] = [];
    try {
      for (const [index, name] of names.entries()) {
        const target = path.join(this.destination, name);
        const entry: { target: string; aside?: string; placed: boolean } = { target, placed: false };
        moved.push(entry);
        const existing = await fs.promises.lstat(target).catch(() => null);
        // Checked again here: something may have appeared at the name since the export chose it.
        if (existing && !mayReplace(target)) throw exportNameTaken(target);
        // A folder cannot be renamed over. A file can, atomically; but with more names to move it is kept
        // aside instead, so that a later failure can put it back.
        if (existing && (existing.isDirectory() || names.length > 1)) {
          entry.aside = path.join(this.root, `.replaced-${index}`);
          await fs.promises.rename(target, entry.aside);
        }
        await fs.promises.rename(this.path(name), target);
        entry.placed = true;
      }
    } catch (error) {
      for (const entry of moved.reverse()) {
        if (entry.placed) await fs.promises.rm(entry.target, { recursive: true, force: true }).catch(() => undefined);
        if (entry.aside) await fs.promises.rename(entry.aside, entry.target).catch(() => undefined);
      }
      throw isNewsdeskError(error) ? error : exportErrors.unwritable(this.destination, error);
    }
    return moved.map((entry) => entry.target);
  }

  /** Removes the staging folder and everything in it (what was replaced, after a commit). */
  async discard(): Promise<void> {
    await fs.promises.rm(this.root, { recursive: true, force: true, maxRetries: 3 });
    this.records?.remove(this.root);
  }
}
