// The real renderer, built from the working tree into a folder of the bench's own, so the figures are always
// those of the current source and a build never pulls dist/renderer from under someone's browser tests.
import path from 'node:path';
import { build } from 'vite';
import { repoRoot } from '../../tests/browser/browserHarness';

/** `npm run build:renderer` with the repository's vite.config.ts, into `outDir`; unminified for a readable profile. */
export async function buildRenderer(outDir: string, { minify = true }: { minify?: boolean } = {}): Promise<void> {
  await build({
    configFile: path.join(repoRoot, 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, sourcemap: false, minify },
  });
}
