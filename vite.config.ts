// Builds the renderer (renderer/) into dist/renderer, served by Electron's app protocol or the loopback
// transport. The CSP meta tag comes from the same constant both servers send as a header.
import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { metaContentSecurityPolicy } from './common/security/contentSecurityPolicy';
import { contractChannels } from './scripts/contractChannels';
import { dictionaryAssets } from './scripts/dictionaryAssets';

const injectCsp: Plugin = {
  name: 'newsdesk-csp',
  transformIndexHtml: (html) => html.replace('%CONTENT_SECURITY_POLICY%', metaContentSecurityPolicy),
};

export default defineConfig({
  root: path.resolve(import.meta.dirname, 'renderer'),
  base: '/',
  plugins: [react(), injectCsp, dictionaryAssets(), contractChannels()],
  build: {
    outDir: path.resolve(import.meta.dirname, 'dist/renderer'),
    emptyOutDir: true,
    target: 'chrome130',
    // No source maps: the packaged app would ship them (4 MB) and nothing reads them there.
    sourcemap: false,
    chunkSizeWarningLimit: 2048,
  },
});
