// The PDF export prints the HTML export (its print stylesheet: A4, figures kept whole) through a Chromium:
// headless Chromium from the CLI and tests (chromiumPdfPrinter), Electron's webContents.printToPDF in the app.
// Both take the same settings from here: A4, the page's own margins, and a footer with the page number and
// the page count in the article's language.
import type { Language } from '../../common/i18n/languages';

export interface PdfPrintSettings {
  /** Chromium's header/footer templates: small HTML where `pageNumber` and `totalPages` are filled in. */
  headerTemplate: string;
  footerTemplate: string;
  /** Page margins in millimetres; the footer sits in the bottom margin. */
  marginsMm: { top: number; right: number; bottom: number; left: number };
}

/** Prints a complete HTML page (everything embedded in it) to PDF bytes. */
export interface PdfPrinter {
  print(html: string, settings: PdfPrintSettings, signal?: AbortSignal): Promise<Uint8Array>;
}

const pageLabels: Record<Language, (page: string, total: string) => string> = {
  vi: (page, total) => `Trang ${page}/${total}`,
  en: (page, total) => `Page ${page} of ${total}`,
};

export function pdfPrintSettings(language: Language): PdfPrintSettings {
  const number = (name: 'pageNumber' | 'totalPages') => `<span class="${name}"></span>`;
  return {
    // Chromium shows its own date and title unless the header is given, so it is given empty.
    headerTemplate: '<span></span>',
    footerTemplate: `<div style="width:100%;font-family:'Noto Sans',Arial,sans-serif;font-size:8pt;color:#555;text-align:center">${pageLabels[language](number('pageNumber'), number('totalPages'))}</div>`,
    marginsMm: { top: 18, right: 18, bottom: 20, left: 18 },
  };
}
