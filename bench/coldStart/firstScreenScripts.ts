// The JavaScript the first screen loads: the entry script and the chunks index.html preloads with it
// (modulepreload), gzipped as a server or Electron's asar would not but a download or an update would.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ScriptSizes {
  files: string[];
  bytes: number;
  gzipBytes: number;
  /** Every .js in the build, first screen or not. */
  allGzipBytes: number;
  sourceMaps: number;
}

export function firstScreenScripts(rendererDir: string): ScriptSizes {
  const html = fs.readFileSync(path.join(rendererDir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/([^"]+\.js)"/gu)].map((match) => match[1]!);
  const assets = fs.readdirSync(path.join(rendererDir, 'assets'));
  const gzip = (file: string) => gzipSync(fs.readFileSync(path.join(rendererDir, file))).length;
  return {
    files,
    bytes: files.reduce((sum, file) => sum + fs.statSync(path.join(rendererDir, file)).size, 0),
    gzipBytes: files.reduce((sum, file) => sum + gzip(file), 0),
    allGzipBytes: assets.filter((file) => file.endsWith('.js')).reduce((sum, file) => sum + gzip(path.join('assets', file)), 0),
    sourceMaps: assets.filter((file) => file.endsWith('.map')).length,
  };
}
