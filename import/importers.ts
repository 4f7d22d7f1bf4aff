// The import formats, one entry each: the file extensions it answers to and how it reads a file's text.
// Adding a format (.docx, .html, .md) is adding an entry here; importArticle picks the entry by extension.
import { NewsdeskError } from '../common/errors/newsdeskError';
import type { ImportedArticle } from './importedArticle';
import { parsePlainTextArticle } from './plainText/parsePlainTextArticle';

export interface ArticleImporter {
  /** Lower-case extensions with their dot. */
  readonly extensions: readonly string[];
  /** Reads the file's UTF-8 text (a binary format such as .docx will add a reader of bytes here). */
  readonly parseText: (text: string) => ImportedArticle;
}

export const importers: readonly ArticleImporter[] = [{ extensions: ['.txt'], parseText: parsePlainTextArticle }];

export const importExtensions: readonly string[] = importers.flatMap((importer) => importer.extensions);

export function importerFor(fileName: string): ArticleImporter {
  const extension = /\.[^./\\]+$/u.exec(fileName)?.[0].toLowerCase();
  const importer = importers.find((candidate) => extension !== undefined && candidate.extensions.includes(extension));
  if (!importer) {
    throw new NewsdeskError('unsupportedImportFormat', { file: fileName, formats: importExtensions.join(', ') }, `cannot import ${fileName}`);
  }
  return importer;
}
