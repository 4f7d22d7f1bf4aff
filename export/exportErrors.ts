// The refusals of an export, each in the reader's language through the catalogs. A failing disk is told
// apart from a full one, because the reporter's remedy differs.
import { NewsdeskError } from '../common/errors/newsdeskError';
import { systemErrorCode } from '../photos/photoErrors';

const diskFullCodes = new Set(['ENOSPC', 'EDQUOT', 'EFBIG']);

export const exportErrors = {
  photoMissing: (figure: number, name: string) =>
    new NewsdeskError('exportPhotoMissing', { figure, name }, `the photo of figure ${figure} (${name}) is missing from the photo store`),
  photoEmpty: (figure: number, name: string) =>
    new NewsdeskError('exportPhotoEmpty', { figure, name }, `the photo of figure ${figure} (${name}) is an empty file`),
  cancelled: () => new NewsdeskError('exportCancelled', {}, 'export cancelled'),
  needsChromium: () => new NewsdeskError('exportNeedsChromium', {}, 'PDF export needs Chromium'),
  pdfFailed: (reason: string) => new NewsdeskError('exportPdfFailed', { reason }, `Chromium could not print the PDF: ${reason}`),
  /** A write into the destination failed: full disk, or a folder that cannot be written. */
  unwritable: (dir: string, error: unknown) => {
    const reason = systemErrorCode(error) ?? (error instanceof Error ? error.message : String(error));
    if (diskFullCodes.has(reason)) return new NewsdeskError('exportDiskFull', { path: dir }, `no space left to write into ${dir}`);
    return new NewsdeskError('exportDestinationUnwritable', { path: dir, reason }, `cannot write to ${dir}: ${reason}`);
  },
};
