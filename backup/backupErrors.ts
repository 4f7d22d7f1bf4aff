// The refusals of a backup, a restore and a check, each one translated line (common/i18n). A full disk, a
// folder that is gone (a USB stick pulled) and a folder that cannot be written are told apart, because the
// reporter's remedy differs.
import { NewsdeskError } from '../common/errors/newsdeskError';
import { systemErrorCode } from '../photos/photoErrors';

const diskFullCodes = new Set(['ENOSPC', 'EDQUOT', 'EFBIG']);
const goneCodes = new Set(['ENOENT', 'ENOTDIR', 'ENXIO', 'ENODEV', 'EIO']);

export function reasonOf(error: unknown): string {
  return systemErrorCode(error) ?? (error instanceof Error ? error.message : String(error));
}

export const backupErrors = {
  /** A write into the backup folder failed; a bug (no system code) is passed on as it is. */
  writing(dir: string, error: unknown): unknown {
    const code = (error as { code?: unknown } | null)?.code === 'SQLITE_FULL' ? 'ENOSPC' : systemErrorCode(error);
    if (!code) return error;
    if (diskFullCodes.has(code)) return new NewsdeskError('backupDiskFull', { path: dir }, `no space left in ${dir}`);
    if (goneCodes.has(code)) return new NewsdeskError('backupFolderMissing', { path: dir }, `${dir} is gone (${code})`);
    return new NewsdeskError('backupFolderUnwritable', { path: dir, reason: code }, `cannot write to ${dir}: ${code}`);
  },
  folderMissing: (dir: string) => new NewsdeskError('backupFolderMissing', { path: dir }, `${dir} does not exist`),
  notVerified: (detail: string) => new NewsdeskError('backupNotVerified', { detail }, `the new backup did not verify: ${detail}`),
  fileMissing: (file: string) => new NewsdeskError('backupFileMissing', { path: file }, `${file} does not exist`),
  notAFile: (file: string) => new NewsdeskError('backupNotAFile', { path: file }, `${file} is not a regular file`),
  invalid: (file: string, detail: string) => new NewsdeskError('backupInvalid', { path: file }, `${file} is not a Newsdesk backup: ${detail}`),
  tooNew: (file: string, found: number, known: number) =>
    new NewsdeskError('backupTooNew', { path: file, found, known }, `${file} holds library version ${found}, newer than ${known}`),
  damaged: (file: string, detail: string) => new NewsdeskError('backupDamaged', { path: file, detail }, `${file} is damaged: ${detail}`),
  targetNotEmpty: (dir: string) => new NewsdeskError('restoreTargetNotEmpty', { path: dir }, `${dir} is not empty`),
  /** A write into the restore target failed. */
  restoring(dir: string, error: unknown): unknown {
    const code = systemErrorCode(error);
    if (!code) return error;
    if (diskFullCodes.has(code)) return new NewsdeskError('restoreDiskFull', { path: dir }, `no space left for ${dir}`);
    return new NewsdeskError('restoreTargetUnwritable', { path: dir, reason: code }, `cannot restore into ${dir}: ${code}`);
  },
  libraryNotFound: (dir: string) => new NewsdeskError('libraryNotFound', { path: dir }, `no library in ${dir}`),
};
