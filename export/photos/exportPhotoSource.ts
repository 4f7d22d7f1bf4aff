// What an export needs from the photo store, behind one small interface: a photo's record and the path of its
// original or display-size file. The store's own photoFile() answers "no photo" both when the row is gone and
// when only the original file is, so the record is asked first to tell the two apart.
import fs from 'node:fs';
import { isNewsdeskError } from '../../common/errors/newsdeskError';
import type { Photo, PhotoSize } from '../../contract/schemas/photo';
import type { PhotoStore } from '../../photos/photoStore';

export interface StoredFile {
  path: string;
  mime: string;
}

export interface ExportPhotoSource {
  /** The photo's record, or undefined when the store has no photo with this id. */
  record(id: number): Photo | undefined;
  /** The file of one size, or undefined when the store lost it. A display size missing is made again. */
  file(id: number, size: Exclude<PhotoSize, 'thumb'>): Promise<StoredFile | undefined>;
}

/** The photo store as an export reads it: records and files, never a write. */
export type StoredPhotos = Pick<PhotoStore, 'getMany' | 'photoFile'>;

export function storePhotoSource(photos: StoredPhotos): ExportPhotoSource {
  return {
    record: (id) => photos.getMany([id])[0],
    file: async (id, size) => {
      try {
        const file = await photos.photoFile(id, size);
        return fs.existsSync(file.path) ? file : undefined;
      } catch (error) {
        if (isNewsdeskError(error) && error.code === 'photoNotFound') return undefined;
        throw error;
      }
    },
  };
}
