// What `newsdesk export` does; loaded by importExportCommands only when it runs (docx, sharp, playwright-core).
import { exportArticleTo } from '../../export/exportArticleTo';
import { exportErrors } from '../../export/exportErrors';
import { findChromium } from '../../export/pdf/chromiumPdfPrinter';
import type { PhotoExportSize } from '../../contract/schemas/articleExport';
import { parseArticleId } from '../arguments';
import type { WithLibraryAsync } from '../libraryAccess';
import { printLine } from '../output';

export interface ExportOptions {
  format: string;
  out: string;
  photos: PhotoExportSize;
  embedPhotos?: boolean;
}

export async function exportArticle(withLibrary: WithLibraryAsync, id: string, options: ExportOptions): Promise<void> {
  const articleId = parseArticleId(id);
  if (options.format.trim().toLowerCase() === 'pdf' && !findChromium()) throw exportErrors.needsChromium();
  // Ctrl-C stops a long export cleanly: nothing half-written is left behind.
  const controller = new AbortController();
  const cancel = () => controller.abort();
  process.once('SIGINT', cancel);
  try {
    const { path } = await withLibrary((library) =>
      exportArticleTo(
        library,
        articleId,
        { format: options.format, outDir: options.out, photoSize: options.photos, embedPhotos: options.embedPhotos ?? false },
        { signal: controller.signal },
      ),
    );
    printLine(path);
  } finally {
    process.off('SIGINT', cancel);
  }
}
