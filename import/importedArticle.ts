// What every importer produces from a file: the parts of an article, before it exists in the library.
import type { Credit } from '../common/article/creditLine';
import type { Dateline } from '../common/article/dateline';
import type { ImportNote } from '../contract/schemas/articleImport';
import type { DocNode } from '../contract/schemas/document';
import type { ImportedImage } from './importedImage';

export interface ImportedArticle {
  dateline: Dateline | null;
  headline: string;
  sapo: string;
  /** A TipTap document; figures carry their captions, photoId null until a photo is attached. */
  body: DocNode;
  credit: Credit | null;
  /** Where the file says the article belongs (HTML meta, Word's document properties). */
  section?: string;
  tags?: string[];
  /** What the parser converted, dropped or guessed, for the import's report. */
  notes?: ImportNote[];
  /** The pictures met, each tied to its figure in `body`; the import brings their photos in. */
  images?: ImportedImage[];
}

/** Nothing a reporter would call an article: no headline, no sapo, no body block. */
export function isEmptyImport(article: ImportedArticle): boolean {
  const blocks = article.body.content ?? [];
  return article.headline === '' && article.sapo === '' && blocks.every((node) => node.type === 'paragraph' && !node.content?.length);
}
