// The photos of an article's figures, resolved to files before anything is written: each photo once, numbered
// by first appearance, its original and display-size files checked to exist and hold bytes, the display
// size's pixel dimensions read from its header. A photo the store lost or holds as an empty file refuses the
// export here, naming the figure, so nothing half-made is ever written.
import fs from 'node:fs';
import { NewsdeskError } from '../../common/errors/newsdeskError';
import { documentFigures } from '../../common/text/documentText';
import type { DocNode } from '../../contract/schemas/document';
import { loadSharp } from '../../photos/loadSharp';
import type { ExportPhoto, PhotoFile } from '../documentTree/exportDocument';
import { exportErrors } from '../exportErrors';
import type { PhotoSize } from '../../contract/schemas/photo';
import type { ExportPhotoSource } from './exportPhotoSource';

export async function resolvePhotos(body: DocNode, source: ExportPhotoSource, signal?: AbortSignal): Promise<Map<number, ExportPhoto>> {
  const photos = new Map<number, ExportPhoto>();
  const figures = documentFigures(body);
  for (const [index, figure] of figures.entries()) {
    const { photoId } = figure;
    if (photoId === null || photos.has(photoId)) continue;
    signal?.throwIfAborted();
    const figureNumber = index + 1;
    const record = source.record(photoId);
    if (!record) throw exportErrors.photoMissing(figureNumber, `#${photoId}`);
    const file = async (size: Exclude<PhotoSize, 'thumb'>) => {
      const stored = await source.file(photoId, size);
      if (!stored) throw exportErrors.photoMissing(figureNumber, record.name);
      const bytes = fileSize(stored.path);
      if (bytes === undefined) throw exportErrors.photoMissing(figureNumber, record.name);
      if (bytes === 0) throw exportErrors.photoEmpty(figureNumber, record.name);
      return { ...stored, bytes };
    };
    // The original first: a lost or emptied original is the reporter's problem even when its display size survives.
    const original = await file('original');
    const display = await file('display');
    photos.set(photoId, {
      id: photoId,
      number: photos.size + 1,
      hash: record.hash,
      name: record.name,
      caption: record.caption,
      credit: record.credit,
      creator: record.creator,
      copyright: record.copyright,
      original: { ...original, width: record.width, height: record.height },
      display: { ...display, ...(await pixelSize(display.path, figureNumber, record.name)) },
    });
  }
  return photos;
}

function fileSize(file: string): number | undefined {
  try {
    return fs.statSync(file).size;
  } catch {
    return undefined;
  }
}

async function pixelSize(file: string, figure: number, name: string): Promise<Pick<PhotoFile, 'width' | 'height'>> {
  const sharp = await loadSharp();
  const { width, height } = await sharp(file)
    .metadata()
    .catch(() => ({ width: undefined, height: undefined }));
  if (!width || !height) throw new NewsdeskError('photoDamaged', { name }, `figure ${figure}: ${name} cannot be read as a photo`);
  return { width, height };
}
