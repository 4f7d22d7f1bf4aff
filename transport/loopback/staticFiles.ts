// Serves the built renderer bundle. Paths are resolved inside the bundle folder or refused.
import fs from 'node:fs';
import path from 'node:path';

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

export interface StaticFile {
  file: string;
  contentType: string;
}

/** Maps a URL path to a file of the bundle; unknown routes fall back to index.html (single-page app). */
export function resolveStaticFile(rootDir: string, urlPath: string): StaticFile | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const root = path.resolve(rootDir);
  const candidate = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  if (candidate !== root && !candidate.startsWith(root + path.sep)) return undefined;
  const file = isFile(candidate) ? candidate : path.join(root, 'index.html');
  if (!isFile(file)) return undefined;
  return { file, contentType: mimeTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream' };
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
