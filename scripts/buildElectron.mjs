// Bundles the Electron main process and the preload into dist/electron as CommonJS. The preload must be one
// file (a sandboxed preload cannot require local modules); main is bundled too so the packaged app carries
// no TypeScript and no source tree. Native modules stay external: their .node file is loaded at runtime.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const defaultOutDir = path.join(repoRoot, 'dist', 'electron');
/** esbuild's metafiles of both bundles, beside them (never packaged): what they import, bundled or left external. */
export const metafileName = 'esbuild-meta.json';

/**
 * Never bundled: Electron itself, and packages that load a binary at runtime (better-sqlite3 and sharp load a
 * .node file, exiftool-vendored spawns its vendored exiftool). They ship in node_modules, unpacked from the
 * asar (see electron-builder.yml). Any new package of that kind goes here and in that file's asarUnpack.
 * jsdom is kept out too: it reads its own files (stylesheets, worker scripts) from beside its modules.
 * playwright-core and @sparticuz/chromium (the CLI's and the tests' PDF printing through a headless Chromium)
 * are never shipped: the app prints with Electron's own printToPDF, and both are imported only lazily on the
 * headless path, so left external they cost the package nothing (the package check verifies all of this).
 */
export const externalModules = ['electron', 'better-sqlite3', 'sharp', 'exiftool-vendored', 'jsdom', 'playwright-core', '@sparticuz/chromium'];

/** External modules the package leaves out on purpose: Electron provides itself; the rest are only imported lazily. */
export const unshippedModules = ['electron', 'playwright-core', '@sparticuz/chromium'];

const shared = {
  absWorkingDir: repoRoot,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  sourcemap: 'linked',
  external: externalModules,
  logLevel: 'warning',
  metafile: true,
};

/** main.cjs finds preload.cjs beside it, so both always go to the same folder. */
export async function buildElectron({ outDir = defaultOutDir } = {}) {
  const [main, preload] = await Promise.all([
    build({ ...shared, entryPoints: ['electron/main.ts'], outfile: path.join(outDir, 'main.cjs') }),
    // Minified: the preload is parsed again for every page load.
    build({ ...shared, entryPoints: ['electron/preload.ts'], outfile: path.join(outDir, 'preload.cjs'), minify: true }),
  ]);
  fs.writeFileSync(path.join(outDir, metafileName), JSON.stringify({ main: main.metafile, preload: preload.metafile }));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    await buildElectron();
  } catch {
    // esbuild has already printed its diagnostics.
    process.exitCode = 1;
  }
}
