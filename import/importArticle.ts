// A file in, a new article out: pick the importer by extension, read it (text decoded strictly; a binary
// format from its bytes), parse, refuse what is not an article, create it in the library. The file's name is
// only a label and an extension here, never a path.
import { NewsdeskError } from '../common/errors/newsdeskError';
import { maxImportBinaryBytes } from '../contract/schemas/articleImport';
import { maxDocumentJsonLength } from '../contract/schemas/document';
import type { Article } from '../contract/schemas/article';
import { decodeImportText, type ImportContent } from './decodeImportText';
import { isEmptyImport, type ImportedArticle } from './importedArticle';
import { importerFor } from './importers';
import type { ImportTarget } from './importTarget';

export interface ImportSource {
  /** The file's name as the reporter knows it: a base name from the app, the path as typed on the CLI. */
  fileName: string;
  content: ImportContent;
}

export async function importArticle(library: ImportTarget, source: ImportSource): Promise<Article> {
  const { headline, sapo, dateline, credit, body } = await readImportedArticle(source);
  return library.articles.create({ headline, sapo, dateline, credit, body });
}

/** The article a file holds, parsed and checked, not yet in the library (an import, an update from a file). */
export async function readImportedArticle({ fileName, content }: ImportSource): Promise<ImportedArticle> {
  const importer = importerFor(fileName);
  let imported: ImportedArticle;
  if (importer.reads === 'text') {
    imported = importer.parseText(decodeImportText(fileName, content));
  } else {
    // Text where bytes were due is what File.text() makes of a binary file: it cannot be read back.
    if (typeof content === 'string') throw new NewsdeskError('importDocumentUnreadable', { file: fileName, format: importer.label }, `${fileName} arrived as text`);
    if (content.length > maxImportBinaryBytes) throw new NewsdeskError('importTooLarge', { file: fileName }, `${fileName} is too large`);
    imported = await importer.parseBytes(content, fileName);
  }
  if (isEmptyImport(imported)) throw new NewsdeskError('importEmpty', { file: fileName }, `${fileName} holds no article`);
  // The editor and the contract refuse bodies past this size, so such a file could never be opened or saved.
  if (JSON.stringify(imported.body).length > maxDocumentJsonLength) {
    throw new NewsdeskError('importTooLarge', { file: fileName }, `${fileName} is too long for one article`);
  }
  return imported;
}
