// Shared by the search tests: a library in a temp folder with filler articles, so that bm25 sees the test's
// words as rare (as they are in a real archive), and short ways to ask what search returns.
import type { ArticleChanges } from '../../contract/schemas/article';
import type { SearchHit } from '../../contract/schemas/library';
import type { Library } from '../../library/openLibrary';
import { docOf } from '../helpers/seed';

/** Unrelated reports: none holds a word the tests search for. */
export function addFiller(library: Library, count = 12): void {
  for (let i = 0; i < count; i++) {
    library.articles.create({
      headline: `Bản tin thời tiết số ${i + 1}`,
      sapo: 'Trời nắng nhẹ, gió cấp hai.',
      body: docOf([`Nhiệt độ cao nhất ${30 + (i % 5)} độ C, độ ẩm ${60 + i}%.`, 'Người dân nên chủ động che nắng khi ra ngoài.']),
    });
  }
}

export function create(library: Library, headline: string, changes: ArticleChanges = {}): number {
  return library.articles.create({ headline, ...changes }).id;
}

export function search(library: Library, query: string, limit = 20): SearchHit[] {
  return library.search.search({ query, limit });
}

export function ids(library: Library, query: string): number[] {
  return search(library, query).map((hit) => hit.id);
}

/** The article ids the folded index holds a row for. */
export function indexedIds(library: Library): number[] {
  return library.db.prepare<[], { rowid: number }>('SELECT rowid FROM search_folded ORDER BY rowid').all().map((row) => row.rowid);
}

/** The highlighted pieces as text with [brackets] round the hits, to compare at a glance. */
export function marked(pieces: { text: string; hit: boolean }[]): string {
  return pieces.map((piece) => (piece.hit ? `[${piece.text}]` : piece.text)).join('');
}
