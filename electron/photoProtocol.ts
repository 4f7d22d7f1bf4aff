// newsdesk-photo://<id>/<size>: the renderer names a photo id and a size, never a path; the photo store
// resolves the file. Derivatives are immutable per id (ids are never reused), so they cache forever.
import fs from 'node:fs/promises';
import type { Session } from 'electron';
import { isNewsdeskError } from '../common/errors/newsdeskError';
import { parsePhotoSchemeUrl, photoScheme } from '../contract/photoAddress';
import type { Library } from '../library/openLibrary';

export function servePhotos(session: Session, library: Library): void {
  session.protocol.handle(photoScheme, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 });
    const address = parsePhotoSchemeUrl(request.url);
    if (!address) return new Response(null, { status: 404 });
    try {
      const file = await library.photos.photoFile(address.id, address.size);
      const body = request.method === 'HEAD' ? null : new Uint8Array(await fs.readFile(file.path));
      return new Response(body, {
        status: 200,
        headers: { 'content-type': file.mime, 'cache-control': 'private, max-age=31536000, immutable', 'x-content-type-options': 'nosniff' },
      });
    } catch (error) {
      if (isNewsdeskError(error)) return new Response(null, { status: 404 });
      throw error;
    }
  });
}
