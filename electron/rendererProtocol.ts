// Serves the built renderer at newsdesk://app/… from dist/renderer, with the CSP on every response; the photo
// scheme is registered here too (see photoProtocol.ts).
import fs from 'node:fs/promises';
import { protocol, type Session } from 'electron';
import { photoScheme } from '../contract/photoAddress';
import { appScheme } from './appOrigin';
import { rendererResponseHeaders, resolveRendererFile } from './rendererFiles';

/** Must run before app 'ready': privileges cannot be granted later. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    // standard: relative URLs and a real origin; secure: a secure context; supportFetchAPI: fetch() of assets.
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
    // One call for both schemes: a second registerSchemesAsPrivileged call would replace the first.
    { scheme: photoScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
  ]);
}

export function serveRenderer(session: Session, rendererDir: string): void {
  session.protocol.handle(appScheme, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405);
    const lookup = resolveRendererFile(rendererDir, request.url);
    if (lookup.kind === 'rejected') return plain(lookup.status);
    try {
      const body = await fs.readFile(lookup.filePath);
      return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
        status: 200,
        headers: rendererResponseHeaders(lookup.mimeType),
      });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return plain(code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR' ? 404 : 500);
    }
  });
}

function plain(status: number): Response {
  return new Response(null, { status, headers: rendererResponseHeaders('text/plain; charset=utf-8') });
}
