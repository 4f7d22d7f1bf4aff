// PDF printing through a headless Chromium driven by playwright-core: the browser at CHROME_PATH, else the
// system's /usr/bin/chromium. One browser per print: the CLI prints one article and exits. The page is
// loaded from a string with every photo and font embedded in it, so Chromium reads no file and no network.
import fs from 'node:fs';
import { exportErrors } from '../exportErrors';
import type { PdfPrinter, PdfPrintSettings } from './pdfPrinter';

const systemChromiums = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The Chromium to use, or undefined when there is none. */
export function findChromium(env: Record<string, string | undefined> = process.env): string | undefined {
  const given = env.CHROME_PATH?.trim();
  if (given) return fs.existsSync(given) ? given : undefined;
  return systemChromiums.find((candidate) => fs.existsSync(candidate));
}

/** `executablePath` undefined: there is no Chromium, and printing says so. */
export function chromiumPdfPrinter({ executablePath }: { executablePath: string | undefined } = { executablePath: findChromium() }): PdfPrinter {
  return {
    async print(html: string, settings: PdfPrintSettings, signal?: AbortSignal): Promise<Uint8Array> {
      if (!executablePath) throw exportErrors.needsChromium();
      const { chromium } = await import('playwright-core').catch(() => {
        throw exportErrors.needsChromium();
      });
      signal?.throwIfAborted();
      const browser = await chromium.launch({ executablePath }).catch((error: unknown) => {
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

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 300);
}
