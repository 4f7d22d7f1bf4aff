// Writes an export so that the destination only ever holds the old file or the whole new one: the bytes go
// to a temporary name in the same folder (same file system, so the rename is atomic), then replace the target.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { NewsdeskError } from '../common/errors/newsdeskError';

/** Returns the absolute path written. The folder is created when missing. */
export function writeFileAtomically(folder: string, fileName: string, data: string | Uint8Array): string {
  const dir = path.resolve(folder);
  const target = path.join(dir, fileName);
  const temporary = path.join(dir, `.${fileName}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw unwritable(dir, error);
  }
  let fd: number | undefined;
  try {
    fd = fs.openSync(temporary, 'wx');
    fs.writeFileSync(fd, data);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(temporary, target);
    return target;
  } catch (error) {
    if (fd !== undefined) fs.closeSync(fd);
    fs.rmSync(temporary, { force: true });
    throw unwritable(dir, error);
  }
}

function unwritable(dir: string, error: unknown): NewsdeskError {
  const reason = (error as NodeJS.ErrnoException).code ?? String(error);
  return new NewsdeskError('exportDestinationUnwritable', { path: dir, reason }, `cannot write to ${dir}: ${reason}`);
}
