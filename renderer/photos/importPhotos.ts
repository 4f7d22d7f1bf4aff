// Brings photos into an article: from the shell's own dialog inside Electron, or from files the page read
// (a file input, a drop, a paste). Every file gets a result; one bad file never stops the rest.
import type { TFunction } from 'i18next';
import type { Photo, PhotoImportResult } from '../../contract/schemas/photo';
import { translateError } from '../../common/i18n/catalog';
import { api } from '../api/apiClient';
import { describeError } from '../api/describeError';
import { batchFiles, toUpload } from './photoUploads';

export interface ImportedPhotos {
  photos: Photo[];
  /** One translated line per refused file, naming it. */
  errors: string[];
}

export async function importPhotoFiles(articleId: number, files: readonly File[], t: TFunction): Promise<ImportedPhotos> {
  const outcome: ImportedPhotos = { photos: [], errors: [] };
  for (const batch of batchFiles(files)) {
    try {
      const uploads = await Promise.all(batch.map(toUpload));
      collect(outcome, (await api.importPhotoBytes({ articleId, files: uploads })).results, t);
    } catch (failure) {
      outcome.errors.push(describeError(t, failure));
    }
  }
  return outcome;
}

export async function importPhotosFromShellDialog(articleId: number, t: TFunction): Promise<ImportedPhotos> {
  const outcome: ImportedPhotos = { photos: [], errors: [] };
  try {
    collect(outcome, (await api.importPhotosFromDialog({ articleId })).results, t);
  } catch (failure) {
    outcome.errors.push(describeError(t, failure));
  }
  return outcome;
}

function collect(outcome: ImportedPhotos, results: PhotoImportResult[], t: TFunction): void {
  for (const result of results) {
    if (result.ok) outcome.photos.push(result.photo);
    else outcome.errors.push(translateError(t, result.error.code, result.error.params));
  }
}
