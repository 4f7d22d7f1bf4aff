// The two sizes the app shows: a thumbnail for the photo panel and a display size for the editor, both JPEG,
// upright (EXIF orientation applied), without the original's metadata. The original is decoded once, for the
// display size (JPEG shrink-on-load decodes at 1/2, 1/4 or 1/8 scale when that is still big enough); the
// thumbnail is made from the display size. Decoding the whole original here is also what finds a truncated or
// corrupt file, before anything is kept. Both come back as small buffers, written to disk by the store.
import { loadSharp } from './loadSharp';
import { photoErrors } from './photoErrors';
import type { DerivativeSize } from './photoFolder';

export const derivativeEdges: Record<DerivativeSize, number> = { thumb: 320, display: 1600 };

export type Derivatives = Record<DerivativeSize, Buffer>;

export async function makeDerivatives(original: string, name: string, limitPixels: number): Promise<Derivatives> {
  const sharp = await loadSharp();
  let display: Buffer;
  try {
    display = await sharp(original, { limitInputPixels: limitPixels, failOn: 'error', sequentialRead: true })
      .rotate()
      .resize(derivativeEdges.display, derivativeEdges.display, { fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 82 })
      .toBuffer();
  } catch (error) {
    throw photoErrors.damaged(name, error instanceof Error ? error.message : String(error));
  }
  const thumb = await sharp(display)
    .resize(derivativeEdges.thumb, derivativeEdges.thumb, { fit: 'inside', withoutEnlargement: true })
    .jpeg({ quality: 78 })
    .toBuffer();
  return { display, thumb };
}
