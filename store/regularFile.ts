// Opening a file someone named by path (a photo, an article to import) for reading, only when it is an ordinary
// file. A FIFO named `tin.jpg` would block the open, or the read, forever (and with it the photo store's single
// queue); a device would read without end. So the path is checked first, and the open itself never blocks
// (O_NONBLOCK) and is checked again, in case the path changed in between.
import fs from 'node:fs';

/** The system error a caller maps to its own message: EISDIR for a folder, ENOTFILE for a pipe, device, socket. */
export class NotRegularFileError extends Error {
  constructor(
    readonly code: 'EISDIR' | 'ENOTFILE',
    file: string,
  ) {
    super(`${code}: ${file} is not a regular file`);
    this.name = 'NotRegularFileError';
  }
}

const nonBlocking = fs.constants.O_NONBLOCK ?? 0;

function assertRegular(stat: fs.Stats, file: string): void {
  if (stat.isDirectory()) throw new NotRegularFileError('EISDIR', file);
  if (!stat.isFile()) throw new NotRegularFileError('ENOTFILE', file);
}

/** A read handle on `file` (symbolic links followed) and its size; a system error or NotRegularFileError otherwise. */
export async function openRegularFile(file: string): Promise<{ handle: fs.promises.FileHandle; size: number }> {
  assertRegular(await fs.promises.stat(file), file);
  const handle = await fs.promises.open(file, fs.constants.O_RDONLY | nonBlocking);
  try {
    const stat = await handle.stat();
    assertRegular(stat, file);
    return { handle, size: stat.size };
  } catch (error) {
    await handle.close();
    throw error;
  }
}
