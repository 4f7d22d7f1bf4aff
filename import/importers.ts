// The import formats, one entry each: the file extensions it answers to and how it reads a file, as text
// (UTF-8, decoded strictly by the import service) or as bytes (a binary format such as .docx). importArticle
// picks the entry by extension; contract/schemas/articleImport.ts lists the same extensions (tested).
import { NewsdeskError } from '../common/errors/newsdeskError';
import { docxLabel, parseDocxArticle } from './docx/parseDocxArticle';
import { parseHtmlArticle } from './html/parseHtmlArticle';
import type { ImportedArticle } from './importedArticle';
import { parseMarkdownArticle } from './markdown/parseMarkdownArticle';
import { parsePlainTextArticle } from './plainText/parsePlainTextArticle';

export type ArticleImporter =
  | {
      /** Lower-case extensions with their dot. */
      readonly extensions: readonly string[];
      readonly reads: 'text';
      readonly parseText: (text: string) => ImportedArticle;
    }
  | {
      readonly extensions: readonly string[];
      readonly reads: 'bytes';
      /** How errors name the format: `Word (.docx)`. */
      readonly label: string;
      readonly parseBytes: (bytes: Uint8Array, fileName: string) => Promise<ImportedArticle>;
    };

export const importers: readonly ArticleImporter[] = [
  { extensions: ['.txt'], reads: 'text', parseText: parsePlainTextArticle },
  { extensions: ['.md', '.markdown'], reads: 'text', parseText: parseMarkdownArticle },
  { extensions: ['.html', '.htm'], reads: 'text', parseText: parseHtmlArticle },
  { extensions: ['.docx'], reads: 'bytes', label: docxLabel, parseBytes: parseDocxArticle },
];

export const importExtensions: readonly string[] = importers.flatMap((importer) => importer.extensions);

export function importerFor(fileName: string): ArticleImporter {
  const extension = /\.[^./\\]+$/u.exec(fileName)?.[0].toLowerCase();
  const importer = importers.find((candidate) => extension !== undefined && candidate.extensions.includes(extension));
  if (!importer) {
    throw new NewsdeskError('unsupportedImportFormat', { file: fileName, formats: importExtensions.join(', ') }, `cannot import ${fileName}`);
  }
  return importer;
}
