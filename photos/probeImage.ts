// Reads only the image's header (no pixels decoded) to refuse a pixel bomb before decoding it, and to learn the
// photo's size as displayed, after its EXIF orientation.
import { loadSharp } from './loadSharp';
import { photoErrors } from './photoErrors';
import type { PhotoFormat } from './sniffFormat';

export interface ImageProbe {
  /** As displayed: EXIF orientations 5–8 swap the stored width and height. */
  width: number;
  height: number;
}

/** libvips' name for each format we take (HEIC and AVIF are both its heif loader). */
const libvipsFormat: Record<PhotoFormat, string> = { jpeg: 'jpeg', png: 'png', webp: 'webp', tiff: 'tiff', avif: 'heif', heic: 'heif' };

export async function probeImage(file: string, name: string, format: PhotoFormat, limitPixels: number): Promise<ImageProbe> {
  const sharp = await loadSharp();
  let metadata;
  try {
    // The header is read without a pixel limit so the refusal can give the real size.
    metadata = await sharp(file, { limitInputPixels: false }).metadata();
  } catch (error) {
    throw photoErrors.damaged(name, error instanceof Error ? error.message : String(error));
  }
  const { width, height } = metadata;
  if (metadata.format !== libvipsFormat[format] || !width || !height) {
    throw photoErrors.damaged(name, `read as ${metadata.format ?? 'nothing'} ${width ?? 0}×${height ?? 0}`);
  }
  if (width * height > limitPixels) throw photoErrors.tooManyPixels(name, width, height, limitPixels);
  const swapped = (metadata.orientation ?? 1) >= 5;
  return { width: swapped ? height : width, height: swapped ? width : height };
}
