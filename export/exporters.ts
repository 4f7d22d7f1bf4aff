// The export formats, one entry each: its name (as the contract and the command line spell it), its file
// extension, and the writer that stages its files. Adding a format is adding an entry here and its name to
// contract/schemas/articleExport.ts (a test keeps the two equal).
import { NewsdeskError } from '../common/errors/newsdeskError';
import type { ArticleExporter } from './exportJob';
import { docxFormat } from './formats/docxFormat';
import { htmlFormat } from './formats/htmlFormat';
import { markdownFormat } from './formats/markdownFormat';
import { ninjsFormat } from './formats/ninjsFormat';
import { pdfFormat } from './formats/pdfFormat';
import { plainTextFormat } from './formats/plainTextFormat';
import { zipFormat } from './formats/zipFormat';

export const exporters: readonly ArticleExporter[] = [docxFormat, htmlFormat, markdownFormat, plainTextFormat, pdfFormat, ninjsFormat, zipFormat];

export const exportFormatNames: readonly string[] = exporters.map((exporter) => exporter.format);

export function exporterFor(format: string): ArticleExporter {
  const exporter = exporters.find((candidate) => candidate.format === format.trim().toLowerCase());
  if (!exporter) {
    throw new NewsdeskError('unsupportedExportFormat', { format, formats: exportFormatNames.join(', ') }, `cannot export as ${format}`);
  }
  return exporter;
}
