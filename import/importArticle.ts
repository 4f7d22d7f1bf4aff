// A file in, a new article out: pick the importer by extension, read it (text decoded strictly; a binary
// format from its bytes), parse, refuse what is not an article, create it in the library. The file's name is
// only a label and an extension here, never a path.
import { NewsdeskError } from '../common/errors/newsdeskError';
import { maxImportBinaryBytes } from '../contract/schemas/articleImport';
import { maxDocumentJsonLength } from '../contract/schemas/document';
import type { Article } from '../contract/schemas/article';
import { decodeImportTextWithEncoding, type ImportContent } from './decodeImportText';
import { isEmptyImport, type ImportedArticle } from './importedArticle';
import { importerFor } from './importers';
import { convertedNote, findSameContent, type ImportNote, type ImportReport } from './importReport';
import { importPhotosOfArticle, type LocalImageReader } from './importPhotos';
import type { ImportTarget } from './importTarget';

export interface ImportSource {
  /** The file's name as the reporter knows it: a base name from the app, the path as typed on the CLI. */
  fileName: string;
  content: ImportContent;
  /** For a file the main process read from disk: the image files a page names next to it. */
  readLocalImage?: LocalImageReader;
}

export interface ReportedImport {
  article: Article;
  report: ImportReport;
}

export async function importArticle(library: ImportTarget, source: ImportSource): Promise<Article> {
  return (await importArticleReported(library, source)).article;
}

/** The import and its report: what was converted, dropped or guessed, and an article of the same content. */
export async function importArticleReported(library: ImportTarget, source: ImportSource): Promise<ReportedImport> {
  const { imported, notes } = await parseImportSource(source);
  const { headline, sapo, dateline, credit, body, section, tags } = imported;
  // Bounded as the contract bounds what an editor may set.
  const placement = { ...(section ? { section: section.slice(0, 100) } : {}), ...(tags?.length ? { tags: tags.slice(0, 50).map((tag) => tag.slice(0, 100)) } : {}) };
  let article = library.articles.create({ headline, sapo, dateline, credit, body, ...placement });
  notes.push(...(imported.notes ?? []));
  const images = imported.images ?? [];
  if (images.length > 0) {
    // The figures are the body's own nodes: the photo import fills in their photoIds, then the body is saved.
    const photos = library.photos;
    if (photos) notes.push(...(await importPhotosOfArticle(images, { photos, articleId: article.id, readLocalImage: source.readLocalImage })));
    if (images.some(({ figure }) => figure.attrs?.photoId !== null)) {
      library.articles.update(article.id, { body });
      article = library.articles.get(article.id);
    }
  }
  const same = findSameContent(library, imported, article);
  return { article, report: { notes, duplicateOf: same && { id: same.id, headline: same.headline } } };
}

/** The article a file holds, parsed and checked, not yet in the library (an update from a file), with what
 * reading it converted, dropped or guessed (the notes of an import's report). */
export async function readImportedArticleNoted(source: ImportSource): Promise<{ imported: ImportedArticle; notes: ImportNote[] }> {
  const { imported, notes } = await parseImportSource(source);
  return { imported, notes: [...notes, ...(imported.notes ?? [])] };
}

async function parseImportSource({ fileName, content }: ImportSource): Promise<{ imported: ImportedArticle; notes: ImportNote[] }> {
  const importer = importerFor(fileName);
  let imported: ImportedArticle;
  const notes: ImportNote[] = [];
  if (importer.reads === 'text') {
    const { text, encoding } = decodeImportTextWithEncoding(fileName, content);
    if (encoding !== 'UTF-8') notes.push(convertedNote(encoding));
    imported = importer.parseText(text);
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
  return { imported, notes };
}
