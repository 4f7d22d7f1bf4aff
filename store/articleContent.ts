// An article's content: what a revision holds and a revert or an update from a file writes back (not its
// status, language or identity), and the records of a write the article store hands its history.
import type { Article } from '../contract/schemas/article';
import type { ArticleContent } from '../contract/schemas/revision';
import type { RecordedChange } from './articleFollowers';

export function contentOf(article: Article): ArticleContent {
  const { headline, sapo, body, dateline, credit, section, tags, targetWords } = article;
  return { headline, sapo, body, dateline, credit, section, tags, targetWords };
}

/** The content as write() stores it and get() reads it back, without reading it back. */
export function storedContent(next: Article, tags: string[]): ArticleContent {
  const place = next.dateline?.place.trim() ?? '';
  const date = next.dateline?.date ?? null;
  const names = next.credit?.names.trim() ?? '';
  return {
    headline: next.headline,
    sapo: next.sapo,
    body: next.body,
    dateline: place || date ? { place, date } : null,
    credit: next.credit && names ? { role: next.credit.role, names } : null,
    section: next.section.trim(),
    tags,
    targetWords: next.targetWords,
  };
}

/** A change of the article's status or a label: a revision whose content is the current one. */
export function unchanged(current: Article, reason: 'status' | 'label' | 'filed', at: string, label?: string): RecordedChange {
  const content = contentOf(current);
  return {
    reason,
    ...(label !== undefined ? { label } : {}),
    at,
    before: content,
    beforeAt: current.updated,
    after: content,
    wordsBefore: current.words,
    wordsAfter: current.words,
  };
}
