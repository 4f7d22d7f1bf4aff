// How long each revision is and how much it changed from the one before it, over the same text and the same
// words: all the article's text (headline, sapo, body, captions, credits, credit line) as the word diff splits
// it, so the list's words go up and down by exactly what its change sizes say.
// A sealed revision never changes, so the size between two sealed ones is kept in memory once worked out (no
// column, no migration); only the open revision's, which follows the current text, is diffed at each listing.
import { comparedWords, diffArticles, type ComparedContent } from '../common/revisions/articleDiff';

export interface ChangeSize {
  /** The revision's own words: all the text the diff compares, counted as the diff counts (comparedWords). */
  words: number;
  added: number;
  removed: number;
}

export interface ListedRevision {
  number: number;
  at: string;
  open: boolean;
}

const emptyArticle: ComparedContent = { headline: '', sapo: '', body: { type: 'doc', content: [] }, credit: null };
/** A bound on the memory: far more revisions than a reporter opens in a session. */
const maxKnown = 20_000;

export class ChangeSizes {
  private readonly known = new Map<string, ChangeSize>();

  /** One size (and length) a revision, `rows` oldest first; `contentOf` is asked at most once a revision, and only on a miss. */
  sizes(articleId: number, rows: readonly ListedRevision[], contentOf: (row: ListedRevision) => ComparedContent): ChangeSize[] {
    const contents = new Map<number, ComparedContent>();
    const content = (row: ListedRevision) => {
      let found = contents.get(row.number);
      if (!found) contents.set(row.number, (found = contentOf(row)));
      return found;
    };
    return rows.map((row, index) => {
      const previous = rows[index - 1];
      // Thinning may remove the revision before: the pair, each with its time, names the size.
      const key = `${articleId}:${previous ? `${previous.number}@${previous.at}` : '-'}:${row.number}@${row.at}`;
      const cacheable = !row.open && !previous?.open;
      const cached = cacheable ? this.known.get(key) : undefined;
      if (cached) return cached;
      const diff = diffArticles(previous ? content(previous) : emptyArticle, content(row));
      const size = { words: comparedWords(content(row)), added: diff.wordsAdded, removed: diff.wordsRemoved };
      if (cacheable) {
        if (this.known.size >= maxKnown) this.known.clear();
        this.known.set(key, size);
      }
      return size;
    });
  }
}
