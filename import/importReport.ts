// The short account every import gives of itself: what it converted, dropped or guessed, and whether the
// library already holds an article with the very same content (the reporter may want that one instead).
import type { Article } from '../contract/schemas/article';
import type { ImportNote, ImportReport } from '../contract/schemas/articleImport';
import type { ImportedArticle } from './importedArticle';
import type { ImportTarget } from './importTarget';

export type { ImportNote, ImportReport };

/** The earliest article with the same headline, sapo, dateline, credit and body as the one just imported. */
export function findSameContent(library: ImportTarget, imported: ImportedArticle, created: Article): Article | null {
  const same = (article: Article) =>
    article.id !== created.id &&
    JSON.stringify([article.dateline, article.credit, article.body]) === JSON.stringify([created.dateline, created.credit, created.body]);
  const candidates = library.articles
    .list()
    .filter((summary) => summary.id !== created.id && summary.headline === imported.headline && summary.sapo === created.sapo)
    .sort((a, b) => a.id - b.id);
  for (const summary of candidates) {
    const article = library.articles.get(summary.id);
    if (same(article)) return article;
  }
  return null;
}

export function convertedNote(encoding: string): ImportNote {
  return { kind: 'converted', code: 'convertedFrom', params: { encoding } };
}
