// The export service, for the CLI and the Electron shell alike: one article, one format, written into a
// folder (named after the headline) or to the exact path the reporter chose in a save dialog. Photos are
// resolved and checked before anything is written; the files are staged in the destination and moved into
// place only when all are whole, so a failure or a cancel (AbortSignal) leaves the destination as it was.
// Nothing the export did not create is ever replaced (export/output/exportRecords.ts): the library records
// what each export put in place, and staging folders while they exist; articles are only read.
import path from 'node:path';
import { isNewsdeskError } from '../common/errors/newsdeskError';
import type { Article } from '../contract/schemas/article';
import { buildExportDocument } from './documentTree/buildExportDocument';
import { exportErrors } from './exportErrors';
import { ProgressReporter, type ArticleExporter, type ExportProgressStep } from './exportJob';
import { exporterFor } from './exporters';
import { chooseExportNames } from './fileName/exportNames';
import { fingerprint, libraryExportRecords } from './output/exportRecords';
import { windowsSafeName } from './fileName/windowsSafeName';
import type { ExportLibrary } from './exportLibrary';
import { ExportStaging, type OutputFileSystem } from './output/exportStaging';
import { libraryStagingRecords } from './output/stagingRecords';
import { chromiumPdfPrinter } from './pdf/chromiumPdfPrinter';
import type { PdfPrinter } from './pdf/pdfPrinter';
import { storePhotoSource, type ExportPhotoSource } from './photos/exportPhotoSource';
import { resolvePhotos } from './photos/resolvePhotos';
import type { PhotoExportSize } from '../contract/schemas/articleExport';

export interface ExportTarget {
  format: string;
  /** A folder to write into (created when missing); the file is named after the headline… */
  outDir?: string;
  /** …or the exact path of the main file, as a save dialog returns it. */
  outPath?: string;
  /** Display size (default) or the originals. */
  photoSize?: PhotoExportSize;
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

export async function exportArticleTo(library: ExportLibrary, id: number, target: ExportTarget, control: ExportControl = {}): Promise<ExportResult> {
  const exporter = exporterFor(target.format);
  const { signal } = control;
  const progress = new ProgressReporter(control.onProgress);
  try {
    const article = control.article ?? library.articles.get(id);
    signal?.throwIfAborted();
    progress.start('photos', 1);
    const photos = await resolvePhotos(article.body, control.photoSource ?? storePhotoSource(library.photos), signal);
    progress.tick();
    const doc = buildExportDocument(article, photos);
    const { dir, fileName: wanted, chosen } = destination(target, doc.meta.slug, exporter);
    // Names are settled before anything is written: a page refers to its photo folder by name.
    const records = libraryExportRecords(library.db, id);
    const usable = (name: string) => fingerprint(name) === undefined || records.isOurs(name);
    const base = baseName(wanted, exporter);
    const { fileName, filesFolder } = chooseExportNames(dir, { base, extension: wanted.slice(base.length), chosen }, usable);
    const chosenFile = chosen ? path.join(dir, fileName) : undefined;
    const mayReplace = (name: string) => records.isOurs(name) || (name === chosenFile && fingerprint(name)?.startsWith('file:') === true);
    const staging = await ExportStaging.open(dir, control.output, libraryStagingRecords(library.db));
    try {
      const names = await staging.guard(() =>
        exporter.write({
          article,
          doc,
          staging,
          fileName,
          filesFolder,
          photoSize: target.photoSize ?? 'display',
          embedPhotos: target.embedPhotos ?? false,
          pdfPrinter: control.pdfPrinter ?? chromiumPdfPrinter(),
          signal,
          progress,
        }),
      );
      signal?.throwIfAborted();
      const files = await staging.commit(names, mayReplace);
      records.record(files);
      return { path: files.at(-1)!, files };
    } finally {
      await staging.discard();
    }
  } catch (error) {
    if (!isNewsdeskError(error) && (signal?.aborted || (error as Error | null)?.name === 'AbortError')) throw exportErrors.cancelled();
    throw error;
  }
}

function destination(target: ExportTarget, slug: string, exporter: ArticleExporter): { dir: string; fileName: string; chosen: boolean } {
  if (target.outPath) return { dir: path.dirname(path.resolve(target.outPath)), fileName: windowsSafeName(path.basename(target.outPath)), chosen: true };
  return { dir: path.resolve(target.outDir ?? '.'), fileName: windowsSafeName(`${slug}.${exporter.extension}`), chosen: false };
}

/** `Bài.html` → `Bài`, `x.ninjs.json` → `x`: the base of the photo folder's name. */
function baseName(fileName: string, exporter: ArticleExporter): string {
  const extension = `.${exporter.extension}`;
  if (fileName.toLowerCase().endsWith(extension)) return fileName.slice(0, -extension.length);
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(0, dot) : fileName;
}
