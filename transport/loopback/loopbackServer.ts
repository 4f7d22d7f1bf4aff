// The loopback transport: the same dispatch Electron serves over IPC, served over HTTP on 127.0.0.1 with a
// random port and a random token, so the real renderer runs in a real browser against real handlers.
// For tests and the dev server only; the packaged app never contains it (electron-builder.yml).
import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { internalFailure, unreadableInput, type Dispatch } from '../../handlers/dispatch';
import { contentSecurityPolicy } from '../../common/security/contentSecurityPolicy';
import { resolveStaticFile } from './staticFiles';
import { servePhotoRequest, type PhotoFileLookup } from './photoRoute';
import { maxPhotoUploadBytes } from '../../contract/schemas/photo';

export const tokenHeader = 'x-newsdesk-token';
const apiPrefix = '/api/';
// A photo import carries up to maxPhotoUploadBytes as base64 (4/3 of it), plus a little JSON.
const maxBodyBytes = Math.ceil(maxPhotoUploadBytes / 3) * 4 + 1024 * 1024;

export interface LoopbackServer {
  /** Open this in the browser: the token travels in the fragment, which never reaches a server log. */
  readonly pageUrl: string;
  readonly origin: string;
  readonly token: string;
  /** Read-only: GET /photo/<id>/<size>?t=<photoToken> (see photoRoute.ts); in the page URL's fragment too. */
  readonly photoToken: string;
  close(): Promise<void>;
}

export interface LoopbackOptions {
  dispatch: Dispatch;
  /** The built renderer (dist/renderer); without it only the API is served. */
  staticDir?: string;
  /** The photo store's id → file lookup (library.photos.photoFile); without it /photo/… is 404. */
  photoFile?: PhotoFileLookup;
}

export async function startLoopbackServer({ dispatch, staticDir, photoFile }: LoopbackOptions): Promise<LoopbackServer> {
  const token = randomBytes(32).toString('base64url');
  const photoToken = randomBytes(32).toString('base64url');
  const server = http.createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (response.headersSent) return response.end();
      // An API call gets its answer typed whatever went wrong, as over IPC.
      if (request.url?.startsWith(apiPrefix)) return reply(response, 200, 'application/json; charset=utf-8', JSON.stringify(internalFailure(error)));
      response.writeHead(500);
      response.end();
    });
  });

  async function handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const { port } = server.address() as AddressInfo;
    // A page on another site that learns our port still cannot talk to us: DNS rebinding changes the Host.
    if (request.headers.host !== `127.0.0.1:${port}` && request.headers.host !== `localhost:${port}`) {
      return reply(response, 403, 'text/plain', 'wrong host');
    }
    const url = new URL(request.url ?? '/', `http://${request.headers.host}`);
    if (url.pathname.startsWith(apiPrefix)) {
      if (request.method !== 'POST') return reply(response, 405, 'text/plain', 'POST only');
      if (!hasToken(request.headers[tokenHeader], token)) return reply(response, 401, 'text/plain', 'missing or wrong token');
      const channel = channelOf(url.pathname.slice(apiPrefix.length));
      const input = await readJson(request);
      const envelope = input.ok ? await dispatch(channel, input.value) : unreadableInput(`the request body is not JSON (or is over ${Math.floor(maxBodyBytes / 1024 / 1024)} MiB)`);
      return reply(response, 200, 'application/json; charset=utf-8', JSON.stringify(envelope));
    }
    if (await servePhotoRequest(request, response, url, photoToken, photoFile)) return;
    if (request.method !== 'GET' || !staticDir) return reply(response, 404, 'text/plain', 'not found');
    const file = resolveStaticFile(staticDir, url.pathname);
    if (!file) return reply(response, 404, 'text/plain', 'not found');
    response.writeHead(200, { 'content-type': file.contentType, 'content-security-policy': contentSecurityPolicy, 'cache-control': 'no-store' });
    fs.createReadStream(file.file).pipe(response);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    token,
    photoToken,
    pageUrl: `${origin}/#token=${token}&photoToken=${photoToken}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The channel as sent; percent-encoding that does not decode stays as it is (and names no channel). */
function channelOf(encoded: string): string {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return encoded;
  }
}

function hasToken(sent: string | string[] | undefined, token: string): boolean {
  if (typeof sent !== 'string') return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readJson(request: http.IncomingMessage): Promise<{ ok: true; value: unknown } | { ok: false }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBodyBytes) return { ok: false };
    chunks.push(chunk);
  }
  try {
    return { ok: true, value: JSON.parse(Buffer.concat(chunks).toString('utf8')) };
  } catch {
    return { ok: false };
  }
}

function reply(response: http.ServerResponse, status: number, contentType: string, body: string): void {
  response.writeHead(status, { 'content-type': contentType, 'cache-control': 'no-store' });
  response.end(body);
}
