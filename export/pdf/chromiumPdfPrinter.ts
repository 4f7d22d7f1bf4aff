// PDF printing through a headless Chromium driven by playwright-core: the one findChromium finds (CHROME_PATH,
// a system Chrome or Chromium, else the npm one). One browser per print: the CLI prints one article and exits.
// The page is loaded from a string with every photo and font embedded in it, so Chromium reads no file and no
// network.
import { exportErrors } from '../exportErrors';
import { chromiumLaunchOptions, findChromium, type FoundChromium } from './findChromium';
import type { PdfPrinter, PdfPrintSettings } from './pdfPrinter';

export { findChromium } from './findChromium';

/** `chromium` undefined: there is no Chromium, and printing says so. By default it is looked for at print time. */
export function chromiumPdfPrinter(options?: { chromium: FoundChromium | undefined }): PdfPrinter {
  return {
    async print(html: string, settings: PdfPrintSettings, signal?: AbortSignal): Promise<Uint8Array> {
      const found = options ? options.chromium : findChromium();
      if (!found) throw exportErrors.needsChromium();
      const { chromium } = await import('playwright-core').catch(() => {
        throw exportErrors.needsChromium();
      });
      signal?.throwIfAborted();
      const browser = await chromiumLaunchOptions(found)
        .then((launch) => chromium.launch(launch))
        .catch((error: unknown) => {
          throw exportErrors.pdfFailed(firstLine(error));
        });
      const closeOnAbort = () => void browser.close();
      signal?.addEventListener('abort', closeOnAbort, { once: true });
      try {
        const page = await browser.newPage();
        // Offline by construction: any request the page might make is refused.
        await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
        await page.setContent(html, { waitUntil: 'load' });
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        const mm = (value: number) => `${value}mm`;
        const { marginsMm: m } = settings;
        return await page.pdf({
          format: 'A4',
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: settings.headerTemplate,
          footerTemplate: settings.footerTemplate,
          margin: { top: mm(m.top), right: mm(m.right), bottom: mm(m.bottom), left: mm(m.left) },
        });
      } catch (error) {
        if (signal?.aborted) throw exportErrors.cancelled();
        throw exportErrors.pdfFailed(firstLine(error));
      } finally {
        signal?.removeEventListener('abort', closeOnAbort);
        await browser.close().catch(() => undefined);
      }
    },
  };
}

/** The reason in one line. A browser that cannot start says why deep in Playwright's log; a missing system
 * library (the npm Chromium needs NSS, libnss3) is the line that tells the reader what to install. */
function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const missingLibrary = /error while loading shared libraries: [^\n]*/.exec(text)?.[0];
  return (missingLibrary ?? text.split('\n')[0]!).slice(0, 300);
}
