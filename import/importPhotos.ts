// The photos an import brings: each picture met (importedImage.ts) goes through the photo store, with its
// checks and derivatives, and its figure gets the photo. A picture refused by the store, an image file we
// may not or cannot read, and any picture on the web leave their figure waiting for a photo, with a note.
import type { DocNode } from '../contract/schemas/document';
import type { PhotoStore } from '../photos/photoStore';
import type { ImportNote } from './importReport';
import type { ImportedImage } from './importedImage';

/** Reads an image file an imported page names (relative to the page), or null when it may not or cannot. */
export type LocalImageReader = (src: string) => Promise<{ name: string; bytes: Uint8Array } | null>;

export interface PhotoImport {
  photos: Pick<PhotoStore, 'importPhotos'>;
  articleId: number;
  readLocalImage?: LocalImageReader;
}

/** Fills in the figures' photoIds in place; returns the notes to report. */
export async function importPhotosOfArticle(images: readonly ImportedImage[], { photos, articleId, readLocalImage }: PhotoImport): Promise<ImportNote[]> {
  const notes: ImportNote[] = [];
  const sources: { figure: DocNode; name: string; bytes: Uint8Array }[] = [];
  let remote = 0;
  let unread = 0;
  for (const { figure, source } of images) {
    if (source.kind === 'remote') remote += 1;
    else if (source.kind === 'bytes') sources.push({ figure, name: source.name, bytes: source.bytes });
    else {
      const read = readLocalImage ? await readLocalImage(source.src) : null;
      if (read) sources.push({ figure, ...read });
      else unread += 1;
    }
  }
  const outcomes = sources.length > 0 ? await photos.importPhotos(sources.map(({ name, bytes }) => ({ name, bytes })), { articleId }) : [];
  let imported = 0;
  outcomes.forEach((outcome, index) => {
    const { figure } = sources[index]!;
    if (outcome.ok) {
      figure.attrs = { ...figure.attrs, photoId: outcome.photo.id };
      imported += 1;
    } else {
      notes.push({ kind: 'dropped', code: 'photosRefused', params: { name: outcome.name } });
    }
  });
  if (imported > 0) notes.unshift({ kind: 'converted', code: 'photosImported', params: { count: imported } });
  if (unread > 0) notes.push({ kind: 'guessed', code: 'localImagesUnread', params: { count: unread } });
  if (remote > 0) notes.push({ kind: 'guessed', code: 'remoteImages', params: { count: remote } });
  return notes;
}
