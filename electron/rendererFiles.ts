// Maps a newsdesk://app/… request onto a file of the built renderer (dist/renderer), refusing anything that
// would escape that folder, and says which Content-Type and headers it is served with.
import path from 'node:path';
import { isAppUrl } from './appOrigin';
import { contentSecurityPolicy } from '../common/security/contentSecurityPolicy';

export type RendererFileLookup =
  | { kind: 'file'; filePath: string; mimeType: string }
  | { kind: 'rejected'; status: 400 | 403 | 404 };

const mimeTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** Unknown extensions get a type the browser will not execute or render (nosniff is always sent). */
export function mimeTypeFor(filePath: string): string {
  return mimeTypes[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export function resolveRendererFile(rendererDir: string, requestUrl: string): RendererFileLookup {
  if (!isAppUrl(requestUrl)) return { kind: 'rejected', status: 403 };
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(requestUrl).pathname);
  } catch {
    return { kind: 'rejected', status: 400 };
  }
  // A decoded NUL or backslash has no business in an asset path; on Windows a backslash is a separator.
  if (pathname.includes('\0') || pathname.includes('\\')) return { kind: 'rejected', status: 400 };
  const absolute = pathname.startsWith('/') ? pathname : `/${pathname}`;
  const relative = absolute.endsWith('/') ? `${absolute}index.html` : absolute;
  const root = path.resolve(rendererDir);
  const filePath = path.resolve(root, `.${relative}`);
  // %2e%2e%2f survives URL parsing as a literal "../" once decoded: check the resolved path, not the URL.
  if (!filePath.startsWith(root + path.sep)) return { kind: 'rejected', status: 403 };
  return { kind: 'file', filePath, mimeType: mimeTypeFor(filePath) };
}

export function rendererResponseHeaders(mimeType: string): Record<string, string> {
  return {
    'Content-Type': mimeType,
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  };
}
