// The refusals of an import, each naming the file the reporter gave, in their language (via the catalogs).
import { NewsdeskError } from '../common/errors/newsdeskError';

export const photoErrors = {
  notFound: (id: number) => new NewsdeskError('photoNotFound', { id }, `no photo with id ${id}`),
  empty: (name: string) => new NewsdeskError('photoEmpty', { name }, `${name} is empty`),
  tooLarge: (name: string, limitBytes: number) =>
    new NewsdeskError('photoTooLarge', { name, limit: Math.round(limitBytes / 1024 / 1024) }, `${name} is too large`),
  unsupported: (name: string, format: string) =>
    new NewsdeskError('photoFormatUnsupported', { name, format }, `${name} is ${format}, not a photo Newsdesk can use`),
  unknownFormat: (name: string) => new NewsdeskError('photoFormatUnknown', { name }, `${name} is not a recognised photo format`),
  damaged: (name: string, detail: string) => new NewsdeskError('photoDamaged', { name }, `${name} is damaged: ${detail}`),
  tooManyPixels: (name: string, width: number, height: number, limitPixels: number) =>
    new NewsdeskError(
      'photoTooManyPixels',
      { name, width, height, limit: Math.round(limitPixels / 1_000_000) },
      `${name} is ${width} × ${height} pixels, over the limit`,
    ),
  /** A file the reporter pointed at that cannot be opened; `code` is the system's error code (ENOENT…). */
  unreadable: (name: string, code: string) => {
    if (code === 'ENOENT' || code === 'ENOTDIR') return new NewsdeskError('photoFileMissing', { name }, `${name} does not exist`);
    if (code === 'EISDIR') return new NewsdeskError('photoIsFolder', { name }, `${name} is a folder`);
    if (code === 'ENOTFILE') return notAFile(name);
    return new NewsdeskError('photoFileUnreadable', { name, reason: code }, `cannot read ${name}: ${code}`);
  },
  /** Writing into the photo store failed (disk full, permissions): the photo was not stored, nothing half-done. */
  notStored: (name: string, code: string) => new NewsdeskError('photoNotStored', { name, reason: code }, `could not store ${name}: ${code}`),
};

/** A pipe, a device or a socket where a file was expected: refused before it is read (it could block forever). */
export function notAFile(name: string): NewsdeskError {
  return new NewsdeskError('notAFile', { name }, `${name} is not a regular file`);
}

/** A Node system error's code (ENOENT, ENOSPC…), or undefined for anything else. */
export function systemErrorCode(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code) ? code : undefined;
}
