// What every format's writer is given: the document to render, where to stage its files, the options the
// reporter chose, and a way to report progress and to notice a cancel.
import type { Article } from '../contract/schemas/article';
import type { ExportFormat, ExportPhase } from '../contract/schemas/articleExport';
import type { ExportDocument } from './documentTree/exportDocument';
import type { ExportStaging } from './output/exportStaging';
import type { PdfPrinter } from './pdf/pdfPrinter';
import type { PhotoExportSize } from '../contract/schemas/articleExport';

export interface ExportProgressStep {
  phase: ExportPhase;
  done: number;
  total: number;
}

export interface ExportJob {
  article: Article;
  doc: ExportDocument;
  staging: ExportStaging;
  /** The main file's name in the destination, extension included. */
  fileName: string;
  /** The folder beside it for the photos of a page: `<name>_files`. */
  filesFolder: string;
  photoSize: PhotoExportSize;
  embedPhotos: boolean;
  pdfPrinter: PdfPrinter;
  signal?: AbortSignal;
  progress: ProgressReporter;
}

export interface ArticleExporter {
  readonly format: ExportFormat;
  /** The main file's extension, without its dot. */
  readonly extension: string;
  /** Stages the export's files; returns the names to move into the destination, the main file last. */
  write(job: ExportJob): Promise<string[]>;
}

/** Progress in phases, each counted from 0 to its total. */
export class ProgressReporter {
  private current: ExportProgressStep | undefined;

  constructor(private readonly listener?: (step: ExportProgressStep) => void) {}

  start(phase: ExportPhase, total: number): void {
    this.current = { phase, done: 0, total };
    this.listener?.({ ...this.current });
  }

  tick(): void {
    if (!this.current) return;
    this.current.done = Math.min(this.current.done + 1, this.current.total);
    this.listener?.({ ...this.current });
  }
}
