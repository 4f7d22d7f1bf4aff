// A photo as an image every consumer shows the right way up: Word, browsers, Markdown viewers and CMSs all
// take JPEG and PNG, not all take WebP, AVIF or TIFF, and not all honour an EXIF orientation. The display size
// is always such a JPEG already; at full size an original that is not (another format, or a JPEG that relies
// on its EXIF orientation) is re-encoded upright as JPEG, in memory.
import fs from 'node:fs';
import { loadSharp } from '../../photos/loadSharp';
import { defaultPhotoLimits } from '../../photos/photoStore';
import type { ExportPhoto } from '../documentTree/exportDocument';
import type { PhotoExportSize } from '../../contract/schemas/articleExport';

export interface PhotoImage {
  mime: 'image/jpeg' | 'image/png';
  extension: 'jpg' | 'png';
  width: number;
  height: number;
  /** The file to copy as it is, or the re-encoded bytes. */
  source: { path: string } | { bytes: Buffer };
}

export async function photoImage(photo: ExportPhoto, size: PhotoExportSize): Promise<PhotoImage> {
  const { display, original } = photo;
  if (size === 'display') return { mime: 'image/jpeg', extension: 'jpg', width: display.width, height: display.height, source: { path: display.path } };
  const sharp = await loadSharp();
  const { orientation } = await sharp(original.path).metadata();
  const upright = !orientation || orientation === 1;
  if (upright && original.mime === 'image/jpeg') return { mime: 'image/jpeg', extension: 'jpg', width: original.width, height: original.height, source: { path: original.path } };
  if (upright && original.mime === 'image/png') return { mime: 'image/png', extension: 'png', width: original.width, height: original.height, source: { path: original.path } };
  const bytes = await sharp(original.path, { limitInputPixels: defaultPhotoLimits.maxPixels }).rotate().flatten({ background: '#ffffff' }).jpeg({ quality: 90 }).toBuffer();
  return { mime: 'image/jpeg', extension: 'jpg', width: original.width, height: original.height, source: { bytes } };
}

export async function photoImageBytes(image: PhotoImage): Promise<Buffer> {
  return 'bytes' in image.source ? image.source.bytes : fs.promises.readFile(image.source.path);
}
