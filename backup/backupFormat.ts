// The backup file, `newsdesk-backup-YYYYMMDD-HHMMSS.ndbackup`: a plain zip (any unzip tool can rescue its files)
// with every entry stored as it is (photos are compressed already, and storing keeps a backup as fast as a copy):
//   manifest.json                        what the backup holds, each file with its size and SHA-256
//   newsdesk.sqlite                      a consistent snapshot of the library database
//   photos/originals/ab/abcdef….jpg      every photo original, named by the SHA-256 of its bytes
// A backup in a backup folder (automatic backups) leaves the photos out: they live once in the folder's own
// photos/originals/ tree, shared by every backup there, and the manifest says so (`photos.where: 'folder'`).
import { z } from 'zod';

export const backupExtension = '.ndbackup';
export const manifestEntry = 'manifest.json';
export const databaseEntry = 'newsdesk.sqlite';
export const formatName = 'newsdesk-backup';
export const formatVersion = 1;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
/** Only names of this shape are ever read out of a backup: a hostile zip cannot write outside the target. */
export const photoEntryPattern = /^photos\/originals\/[0-9a-f]{2}\/([0-9a-f]{64})\.[a-z0-9]{2,5}$/;

const fileRecord = z.object({ path: z.string().regex(photoEntryPattern), bytes: z.number().int().nonnegative(), sha256 });

export const manifestSchema = z.object({
  format: z.literal(formatName),
  formatVersion: z.number().int().positive(),
  createdAt: z.string(),
  /** The library's PRAGMA user_version: a newer one than this Newsdesk knows is refused, not guessed at. */
  schemaVersion: z.number().int().nonnegative(),
  counts: z.object({ articles: z.number().int().nonnegative(), photos: z.number().int().nonnegative() }),
  database: z.object({ bytes: z.number().int().positive(), sha256 }),
  photos: z.object({ where: z.enum(['inside', 'folder']), files: z.array(fileRecord) }),
  /** Photo rows whose original was already missing from the library when the backup was made. */
  leftOut: z.array(z.object({ hash: z.string(), name: z.string() })),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type PhotoRecord = z.infer<typeof fileRecord>;

/** The path of a photo original, inside a backup or a data folder's photos/ tree (always with `/`). */
export function photoEntryName(hash: string, ext: string): string {
  return `photos/originals/${hash.slice(0, 2)}/${hash}.${ext}`;
}

/** `newsdesk-backup-20261130-091500.ndbackup`, in local time: the name a reporter sees in the folder. */
export function backupFileName(at: Date, suffix = ''): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`;
  return `newsdesk-backup-${stamp}${suffix}${backupExtension}`;
}

export function isBackupFileName(name: string): boolean {
  return /^newsdesk-backup-\d{8}-\d{6}(-\d+)?\.ndbackup$/.test(name);
}
