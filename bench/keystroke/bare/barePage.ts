// Builds the bare TipTap page with esbuild into a temporary folder, serves it on 127.0.0.1 like the loopback
// transport serves the real renderer (production build, same static-file rules), and opens it.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { resolveStaticFile } from '../../../transport/loopback/staticFiles';
import type { BarePageContent } from './barePageContent';

export const bareBodySelector = '#editor .ProseMirror';

export interface BareEditorPage {
  page: Page;
  close(): Promise<void>;
}

const indexHtml = (entry: string) => `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="utf-8" />
    <title>Bare TipTap</title>
    <link rel="stylesheet" href="/${entry}.css" />
  </head>
  <body>
    <div id="editor"></div>
    <script type="module" src="/${entry}.js"></script>
  </body>
</html>
`;

/** `entryPoint`: the page's script (bareEditor.ts unless another bench brings its own); it sets body[data-ready]. */
export async function openBareEditor(
  browser: Browser,
  { dir, content, entryPoint = path.join(import.meta.dirname, 'bareEditor.ts') }: { dir: string; content: BarePageContent; entryPoint?: string },
): Promise<BareEditorPage> {
  await build({
    entryPoints: [entryPoint],
    outdir: dir,
    bundle: true,
    format: 'esm',
    target: 'chrome130',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.woff': 'file', '.woff2': 'file' },
    logLevel: 'error',
  });
  fs.writeFileSync(path.join(dir, 'index.html'), indexHtml(path.basename(entryPoint, '.ts')));
  fs.writeFileSync(path.join(dir, 'content.json'), JSON.stringify(content));

  const server = http.createServer((request, response) => {
    const file = request.method === 'GET' ? resolveStaticFile(dir, new URL(request.url ?? '/', 'http://127.0.0.1').pathname) : undefined;
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': file.contentType, 'cache-control': 'no-store' });
    fs.createReadStream(file.file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'vi-VN' });
  const close = async () => {
    await context.close();
    await new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  };
  try {
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.locator('body[data-ready]').waitFor();
    await page.evaluate(() => document.fonts.ready);
    return { page, close };
  } catch (error) {
    await close();
    throw error;
  }
}
