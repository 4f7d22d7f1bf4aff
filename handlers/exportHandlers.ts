// The export calls of the contract. exportArticle asks the shell's own save dialog where to write (the
// renderer never names a path), runs the export service with progress pushed through onExportProgress, and
// can be cancelled by the job id the renderer chose (cancelExport), even while the dialog is still open.
// Without a dialog (the browser app) there is nowhere to write, and the call says so: the browser asks for
// exportArticleFile instead, which hands the file back to be downloaded.
import { NewsdeskError } from '../common/errors/newsdeskError';
import type { ExportFormat, ExportProgress } from '../contract/schemas/articleExport';
import { exportArticleTo } from '../export/exportArticleTo';
import { exportArticleToBytes } from '../export/exportArticleToBytes';
import { exportErrors } from '../export/exportErrors';
import { exporterFor } from '../export/exporters';
import { articleSlug } from '../export/fileName/articleSlug';
import type { PdfPrinter } from '../export/pdf/pdfPrinter';
import { preflightArticle } from '../export/preflight/preflightArticle';
import { renderArticleHtml } from '../export/richText/renderArticleHtml';
import type { Library } from '../library/openLibrary';
import type { HandlerTable } from './handlerTypes';
import { spellingPreflight } from './spellingHandlers';

export type ExportHandlers = Pick<HandlerTable, 'exportArticle' | 'exportArticleFile' | 'cancelExport' | 'preflightArticle' | 'renderArticleHtml'>;

/** The shell's native save dialog: the chosen path, or undefined when the reporter cancelled. */
export type ChooseExportPath = (request: { suggestedName: string; format: ExportFormat }) => Promise<string | undefined>;

export interface ExportShell {
  chooseExportPath?: ChooseExportPath;
  /** Pushes an export's progress to the renderer (the shell sends it as the contract's exportProgress event). */
  onExportProgress?: (progress: ExportProgress) => void;
  /** The shell's PDF printer (Electron's webContents.printToPDF); headless Chromium otherwise. */
  pdfPrinter?: PdfPrinter;
}

export function createExportHandlers(library: Library, shell: ExportShell = {}): ExportHandlers {
  const running = new Map<string, AbortController>();
  return {
    exportArticle: async ({ id, format, photoSize, embedPhotos, jobId }) => {
      if (!shell.chooseExportPath) throw new NewsdeskError('exportDialogUnavailable');
      if (running.has(jobId)) throw new NewsdeskError('invalidInput', { detail: `jobId: export ${jobId} is already running` });
      const article = library.articles.get(id);
      const controller = new AbortController();
      running.set(jobId, controller);
      try {
        const suggestedName = `${articleSlug(article.headline, article.id)}.${exporterFor(format).extension}`;
        const outPath = await shell.chooseExportPath({ suggestedName, format });
        if (!outPath) return { status: 'dialogCancelled' as const };
        if (controller.signal.aborted) throw exportErrors.cancelled();
        const result = await exportArticleTo(
          library,
          id,
          { format, outPath, photoSize, embedPhotos },
          { signal: controller.signal, pdfPrinter: shell.pdfPrinter, onProgress: (step) => shell.onExportProgress?.({ jobId, ...step }) },
        );
        return { status: 'written' as const, ...result };
      } finally {
        running.delete(jobId);
      }
    },
    exportArticleFile: async ({ id, format, photoSize, jobId }) => {
      if (running.has(jobId)) throw new NewsdeskError('invalidInput', { detail: `jobId: export ${jobId} is already running` });
      const controller = new AbortController();
      running.set(jobId, controller);
      try {
        const file = await exportArticleToBytes(library, id, { format, photoSize }, { signal: controller.signal, pdfPrinter: shell.pdfPrinter });
        return { fileName: file.fileName, base64: file.bytes.toString('base64') };
      } finally {
        running.delete(jobId);
      }
    },
    cancelExport: ({ jobId }) => {
      const controller = running.get(jobId);
      controller?.abort();
      return { cancelled: controller !== undefined };
    },
    preflightArticle: async ({ id }) => [...(await preflightArticle(library, id)), ...(await spellingPreflight(library, id))],
    renderArticleHtml: ({ id }) => renderArticleHtml(library, id),
  };
}
