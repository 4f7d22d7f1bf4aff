// PDF in the app: the HTML export printed by Electron's own Chromium (webContents.printToPDF), in a hidden
// window with JavaScript off, on a session of its own that loads nothing but the page file and data: URLs.
// (The main session refuses file: on purpose; this session exists only for printing.)
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { BrowserWindow, session } from 'electron';
import type { PdfPrinter } from '../export/pdf/pdfPrinter';

const printSession = 'newsdesk-print';
const inches = (millimetres: number) => millimetres / 25.4;

export const electronPdfPrinter: PdfPrinter = {
  async print(html, settings, signal) {
    signal?.throwIfAborted();
    // A file, not a data: URL: Chromium limits navigations to 2 MB and an article with photos is larger.
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'newsdesk-pdf-'));
    const page = path.join(folder, 'article.html');
    await fs.writeFile(page, html);
    const printing = session.fromPartition(printSession);
    printing.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !/^(file|data):/.test(details.url) }));
    printing.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    const window = new BrowserWindow({
      show: false,
      webPreferences: { session: printing, javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false },
    });
    const abort = () => window.destroy();
    signal?.addEventListener('abort', abort, { once: true });
    try {
      await window.loadFile(page);
      signal?.throwIfAborted();
      const { top, right, bottom, left } = settings.marginsMm;
      const pdf = await window.webContents.printToPDF({
        pageSize: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: settings.headerTemplate,
        footerTemplate: settings.footerTemplate,
        margins: { top: inches(top), right: inches(right), bottom: inches(bottom), left: inches(left) },
      });
      signal?.throwIfAborted();
      return new Uint8Array(pdf);
    } finally {
      signal?.removeEventListener('abort', abort);
      if (!window.isDestroyed()) window.destroy();
      await fs.rm(folder, { recursive: true, force: true });
    }
  },
};
