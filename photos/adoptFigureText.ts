// A caption or credit edited in a figure becomes the photo's own record, so the next article that uses the
// photo, and every export of it, carries the reporter's words rather than the camera's.
import { documentFigures } from '../common/text/documentText';
import type { DocNode } from '../contract/schemas/document';
import type { PhotoStore } from './photoStore';

/** Call inside the transaction that saves the body. Figures without a (stored) photo are skipped. */
export function adoptFigureText(photos: PhotoStore, body: DocNode): void {
  const figures = documentFigures(body).filter((figure) => figure.photoId !== null);
  if (figures.length === 0) return;
  // One lookup for the whole body: this runs with every autosave.
  const stored = new Map(photos.getMany(figures.map((figure) => figure.photoId!)).map((photo) => [photo.id, photo]));
  for (const figure of figures) {
    const photo = stored.get(figure.photoId!);
    if (!photo) continue;
    const changes = {
      ...(figure.caption.trim() && figure.caption !== photo.caption ? { caption: figure.caption } : {}),
      ...(figure.credit.trim() && figure.credit !== photo.credit ? { credit: figure.credit } : {}),
    };
    if (Object.keys(changes).length > 0) stored.set(photo.id, photos.update(photo.id, changes));
  }
}
