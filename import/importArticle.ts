// A file in, a new article out: pick the importer by extension, decode strictly, parse, refuse what is not an
// article, create it in the library. The file's name is only a label and an extension here, never a path.
import { NewsdeskError } from '../common/errors/newsdeskError';
import { maxDocumentJsonLength } from '../contract/schemas/document';
import type { Article } from '../contract/schemas/article';
import type { Library } from '../store/library';
import { decodeImportText, type ImportContent } from './decodeImportText';
import { isEmptyImport } from './importedArticle';
import { importerFor } from './importers';

export interface ImportSource {
  /** The file's name as the reporter knows it: a base name from the app, the path as typed on the CLI. */
  fileName: string;
  content: ImportContent;
}

export function importArticle(library: Library, { fileName, content }: ImportSource): Article {
  const importer = importerFor(fileName);
  const imported = importer.parseText(decodeImportText(fileName, content));
  if (isEmptyImport(imported)) throw new NewsdeskError('importEmpty', { file: fileName }, `${fileName} holds no article`);
  // The editor and the contract refuse bodies past this size, so such a file could never be opened or saved.
  if (JSON.stringify(imported.body).length > maxDocumentJsonLength) {
    throw new NewsdeskError('importTooLarge', { file: fileName }, `${fileName} is too long for one article`);
  }
  const { headline, sapo, dateline, credit, body } = imported;
  return library.articles.create({ headline, sapo, dateline, credit, body });
}
