// The shapes of an article's rows that the store writes and the services above it read: the summary columns
// and their mapping, the ordered tags subquery, and what the search index is handed on every save. They live
// here, at the bottom, so search and the library queries read them without the store ever importing search.
import type { ArticleStatus, ArticleSummary } from '../contract/schemas/article';
import type { DocNode } from '../contract/schemas/document';

/** An article's summary columns as SQLite returns them. */
export interface SummaryRow {
  id: number;
  headline: string;
  sapo: string;
  status: ArticleStatus;
  section: string;
  dateline_date: string | null;
  word_count: number;
  created_at: string;
  updated_at: string;
}

export const summaryColumns = 'id, headline, sapo, status, section, dateline_date, word_count, created_at, updated_at';

/** An article's tags in their order, as one JSON array column (in a query over `articles`). */
export const orderedTagsJson =
  '(SELECT json_group_array(tag) FROM (SELECT tag FROM article_tags WHERE article_id = articles.id ORDER BY position))';

export function toSummary(row: SummaryRow): ArticleSummary {
  return {
    id: row.id,
    headline: row.headline,
    sapo: row.sapo,
    status: row.status,
    section: row.section,
    datelineDate: row.dateline_date,
    words: row.word_count,
    created: row.created_at,
    updated: row.updated_at,
  };
}

/** What search indexes of an article, as the store holds it (NFC). */
export interface IndexedArticle {
  headline: string;
  sapo: string;
  /** The derived plain body text (documentToPlainText). */
  bodyText: string;
  /** The body itself, for its figures' captions and credits. */
  body: DocNode;
  creditNames: string;
  tags: readonly string[];
}
