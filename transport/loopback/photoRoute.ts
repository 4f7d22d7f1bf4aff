// GET /photo/<id>/<size>?t=<photo token>: the browser harness's counterpart of Electron's newsdesk-photo://
// protocol. An <img> cannot send the API token header, so photos take their own token in the query string: a
// separate random token that can only read photos, never call the API, and that reaches the page in the same
// URL fragment as the API token. The address names an id and a size, never a path.
import { timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import type http from 'node:http';
import { loopbackPhotoTokenParam, parseLoopbackPhotoPath } from '../../contract/photoAddress';
import { isNewsdeskError } from '../../common/errors/newsdeskError';
import type { PhotoSize } from '../../contract/schemas/photo';

export type PhotoFileLookup = (id: number, size: PhotoSize) => Promise<{ path: string; mime: string }>;

/** Handles the request if it is a photo request (returns true), else leaves it alone (returns false). */
export async function servePhotoRequest(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  url: URL,
  photoToken: string,
  photoFile: PhotoFileLookup | undefined,
): Promise<boolean> {
  const address = parseLoopbackPhotoPath(url.pathname);
  if (!address) return false;
  if (request.method !== 'GET' && request.method !== 'HEAD') return end(response, 405);
  if (!sameToken(url.searchParams.get(loopbackPhotoTokenParam), photoToken)) return end(response, 401);
  if (!photoFile) return end(response, 404);
  let file: { path: string; mime: string };
  try {
    file = await photoFile(address.id, address.size);
  } catch (error) {
    if (isNewsdeskError(error)) return end(response, 404);
    throw error;
  }
  const { size } = await fs.promises.stat(file.path);
  response.writeHead(200, {
    'content-type': file.mime,
    'content-length': size,
    'x-content-type-options': 'nosniff',
    // Photo ids are never reused and a photo's files never change: what was served once stays right.
    'cache-control': 'private, max-age=31536000, immutable',
  });
  if (request.method === 'HEAD') response.end();
  else fs.createReadStream(file.path).on('error', () => response.destroy()).pipe(response);
  return true;
}

function sameToken(sent: string | null, token: string): boolean {
  if (sent === null) return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function end(response: http.ServerResponse, status: number): true {
  response.writeHead(status, { 'content-type': 'text/plain', 'cache-control': 'no-store' });
  response.end();
  return true;
}
