// The export service, for the CLI and the Electron shell alike: one article, one format, written into a
// folder (named after the headline) or to the exact path the reporter chose in a save dialog. Photos are
// resolved and checked before anything is written; the files are staged in the destination and moved into
// place only when all are whole, so a failure or a cancel (AbortSignal) leaves the destination as it was.
// The library is only read.
import path from 'node:path';
import { isNewsdeskError } from '../common/errors/newsdeskError';
import type { Article } from '../contract/schemas/article';
import type { Library } from '../store/library';
import { buildExportDocument } from './documentTree/buildExportDocument';
import { exportErrors } from './exportErrors';
import { ProgressReporter, type ArticleExporter, type ExportProgressStep } from './exportJob';
import { exporterFor } from './exporters';
import { ExportStaging, type OutputFileSystem } from './output/exportStaging';
import { chromiumPdfPrinter } from './pdf/chromiumPdfPrinter';
import type { PdfPrinter } from './pdf/pdfPrinter';
import { libraryPhotoSource, type ExportPhotoSource } from './photos/exportPhotoSource';
import type { PhotoSize } from './photos/photoImage';
import { resolvePhotos } from './photos/resolvePhotos';

export interface ExportTarget {
  format: string;
  /** A folder to write into (created when missing); the file is named after the headline… */
  outDir?: string;
  /** …or the exact path of the main file, as a save dialog returns it. */
  outPath?: string;
  /** Display size (default) or the originals. */
  photoSize?: PhotoSize;
  /** HTML, Markdown, NINJS: photos inside the file as data: URLs, no folder beside it. */
  embedPhotos?: boolean;
}

export interface ExportControl {
  onProgress?: (step: ExportProgressStep) => void;
  signal?: AbortSignal;
  /** How PDFs are printed: headless Chromium unless the shell gives its own (webContents.printToPDF). */
  pdfPrinter?: PdfPrinter;
  /** Where bytes are written: the disk unless a test injects a failing one. */
  output?: OutputFileSystem;
  photoSource?: ExportPhotoSource;
  /** A frozen version of the article (the outbox's snapshot) to export instead of the stored one. */
  article?: Article;
}

export interface ExportResult {
  /** The main file written. */
  path: string;
  /** Everything written, in the order it was moved into place (a page's photo folder before the page). */
  files: string[];
}

export async function exportArticleTo(library: Library, id: number, target: ExportTarget, control: ExportControl = {}): Promise<ExportResult> {
  const exporter = exporterFor(target.format);
  const { signal } = control;
  const progress = new ProgressReporter(control.onProgress);
  try {
    const article = control.article ?? library.articles.get(id);
    signal?.throwIfAborted();
    progress.start('photos', 1);
    const photos = await resolvePhotos(article.body, control.photoSource ?? libraryPhotoSource(library), signal);
    progress.tick();
    const doc = buildExportDocument(article, photos);
    const { dir, fileName } = destination(target, doc.meta.slug, exporter);
    const staging = await ExportStaging.open(dir, control.output);
    try {
      const names = await staging.guard(() =>
        exporter.write({
          article,
          doc,
          staging,
          fileName,
          filesFolder: `${baseName(fileName, exporter)}_files`,
          photoSize: target.photoSize ?? 'display',
          embedPhotos: target.embedPhotos ?? false,
          pdfPrinter: control.pdfPrinter ?? chromiumPdfPrinter(),
          signal,
          progress,
        }),
      );
      signal?.throwIfAborted();
      const files = await staging.commit(names);
      return { path: files.at(-1)!, files };
    } finally {
      await staging.discard();
    }
  } catch (error) {
    if (!isNewsdeskError(error) && (signal?.aborted || (error as Error | null)?.name === 'AbortError')) throw exportErrors.cancelled();
    throw error;
  }
}

function destination(target: ExportTarget, slug: string, exporter: ArticleExporter): { dir: string; fileName: string } {
  if (target.outPath) return { dir: path.dirname(path.resolve(target.outPath)), fileName: path.basename(target.outPath) };
  return { dir: path.resolve(target.outDir ?? '.'), fileName: `${slug}.${exporter.extension}` };
}

/** `Bài.html` → `Bài`, `x.ninjs.json` → `x`: the base of the photo folder's name. */
function baseName(fileName: string, exporter: ArticleExporter): string {
  const extension = `.${exporter.extension}`;
  if (fileName.toLowerCase().endsWith(extension)) return fileName.slice(0, -extension.length);
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(0, dot) : fileName;
}
