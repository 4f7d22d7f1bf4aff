// The export formats, one entry each: its name on the command line, the file extension, and how it renders an
// article. Adding docx, html, md, pdf, ninjs or zip is adding an entry here.
import { NewsdeskError } from '../common/errors/newsdeskError';
import type { Article } from '../contract/schemas/article';
import { exportPlainText } from './plainText/exportPlainText';

export interface ArticleExporter {
  readonly format: string;
  readonly extension: string;
  readonly render: (article: Article) => string | Uint8Array;
}

export const exporters: readonly ArticleExporter[] = [{ format: 'txt', extension: 'txt', render: exportPlainText }];

export const exportFormats: readonly string[] = exporters.map((exporter) => exporter.format);

export function exporterFor(format: string): ArticleExporter {
  const exporter = exporters.find((candidate) => candidate.format === format.trim().toLowerCase());
  if (!exporter) {
    throw new NewsdeskError('unsupportedExportFormat', { format, formats: exportFormats.join(', ') }, `cannot export as ${format}`);
  }
  return exporter;
}
