// The photos table, as rows and as the contract's Photo.
import type { Photo } from '../contract/schemas/photo';
import { photoTypes, type PhotoType } from './sniffFormat';

export interface PhotoRow {
  id: number;
  hash: string;
  original_name: string;
  mime: string;
  bytes: number;
  width: number;
  height: number;
  caption: string;
  credit: string;
  creator: string;
  copyright: string;
  taken_at: string | null;
  imported_at: string;
}

export type NewPhotoRow = Omit<PhotoRow, 'id'>;

export const photoColumns = 'id, hash, original_name, mime, bytes, width, height, caption, credit, creator, copyright, taken_at, imported_at';

export function toPhoto(row: PhotoRow): Photo {
  return {
    id: row.id,
    hash: row.hash,
    name: row.original_name,
    mime: row.mime,
    bytes: row.bytes,
    width: row.width,
    height: row.height,
    caption: row.caption,
    credit: row.credit,
    creator: row.creator,
    copyright: row.copyright,
    takenAt: row.taken_at,
    importedAt: row.imported_at,
  };
}

export function typeOfMime(mime: string): PhotoType {
  const type = Object.values(photoTypes).find((candidate) => candidate.mime === mime);
  if (!type) throw new Error(`no photo type for ${mime}`);
  return type;
}
