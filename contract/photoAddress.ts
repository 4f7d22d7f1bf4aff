// Where the renderer loads a photo from. Inside Electron a privileged custom scheme, newsdesk-photo://<id>/<size>;
// in the browser harness the loopback transport's GET /photo/<id>/<size>?t=<photo token>. Either way the address
// names a photo id and a size, never a path, and both servers parse it with the functions below.
import { photoSizes } from './constants';
import type { PhotoSize } from './schemas/photo';

export const photoScheme = 'newsdesk-photo';
export const loopbackPhotoPrefix = '/photo/';
/** The query parameter carrying the loopback's read-only photo token (an <img> cannot send headers). */
export const loopbackPhotoTokenParam = 't';

export interface PhotoAddress {
  id: number;
  size: PhotoSize;
}

export function photoSchemeUrl(id: number, size: PhotoSize): string {
  return `${photoScheme}://${id}/${size}`;
}

export function loopbackPhotoUrl(id: number, size: PhotoSize, photoToken: string): string {
  return `${loopbackPhotoPrefix}${id}/${size}?${loopbackPhotoTokenParam}=${encodeURIComponent(photoToken)}`;
}

/** `newsdesk-photo://12/thumb` → { id: 12, size: 'thumb' }; anything else → null. */
export function parsePhotoSchemeUrl(url: string): PhotoAddress | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${photoScheme}:` || parsed.search || parsed.username || parsed.port) return null;
  return parsePhotoAddress(`${parsed.hostname}${parsed.pathname}`);
}

/** `/photo/12/thumb` (the path only) → { id: 12, size: 'thumb' }; anything else → null. */
export function parseLoopbackPhotoPath(pathname: string): PhotoAddress | null {
  return pathname.startsWith(loopbackPhotoPrefix) ? parsePhotoAddress(pathname.slice(loopbackPhotoPrefix.length)) : null;
}

function parsePhotoAddress(text: string): PhotoAddress | null {
  const match = /^([1-9]\d{0,14})\/([a-z]+)$/.exec(text);
  if (!match) return null;
  const size = match[2] as PhotoSize;
  return photoSizes.includes(size) ? { id: Number(match[1]), size } : null;
}
