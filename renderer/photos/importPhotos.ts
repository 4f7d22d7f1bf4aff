// Brings photos into an article: from the shell's own dialog inside Electron, or from files the page read
// (a file input, a drop, a paste). Every file gets a result; one bad file never stops the rest.
import type { Photo, PhotoImportResult } from '../../contract/schemas/photo';
import { api } from '../api/apiClient';
import { toProblem, type Problem } from '../api/problem';
import { batchFiles, toUpload } from './photoUploads';

export interface ImportedPhotos {
  photos: Photo[];
  /** Ids of photos already in the library (a reuse): their caption belongs to another story. */
  reused: Set<number>;
  /** One per refused file, naming it; worded when shown. */
  errors: Problem[];
}

export async function importPhotoFiles(articleId: number, files: readonly File[]): Promise<ImportedPhotos> {
  const outcome: ImportedPhotos = { photos: [], reused: new Set(), errors: [] };
  for (const batch of batchFiles(files)) {
    try {
      const uploads = await Promise.all(batch.map(toUpload));
      collect(outcome, (await api.importPhotoBytes({ articleId, files: uploads })).results);
    } catch (failure) {
      outcome.errors.push(toProblem(failure));
    }
  }
  return outcome;
}

export async function importPhotosFromShellDialog(articleId: number): Promise<ImportedPhotos> {
  const outcome: ImportedPhotos = { photos: [], reused: new Set(), errors: [] };
  try {
    collect(outcome, (await api.importPhotosFromDialog({ articleId })).results);
  } catch (failure) {
    outcome.errors.push(toProblem(failure));
  }
  return outcome;
}

function collect(outcome: ImportedPhotos, results: PhotoImportResult[]): void {
  for (const result of results) {
    if (result.ok) {
      outcome.photos.push(result.photo);
      if (result.duplicate) outcome.reused.add(result.photo.id);
    }
    else outcome.errors.push({ code: result.error.code, params: result.error.params });
  }
}
