// The differences between two versions of an article, field by field in reading order: headline, sapo, body,
// the figures' captions and credits, and the credit line. Pure, so the renderer's history panel and the CLI
// compute the same thing.
import { documentToPlainText, documentFigures } from '../text/documentText';
import { countChangedWords, diffWords, isWordToken, tokenize, type DiffPart } from '../text/wordDiff';
import { countWords } from '../text/countText';
import type { DocNode } from '../document/docNode';
import type { Credit } from '../article/creditLine';

export const diffFieldOrder = ['headline', 'sapo', 'body', 'captions', 'credits', 'creditLine'] as const;
export type DiffField = (typeof diffFieldOrder)[number];

/** What of an article a diff compares. */
export interface ComparedContent {
  headline: string;
  sapo: string;
  body: DocNode;
  credit: Credit | null;
}

export interface ArticleDiff {
  fields: { field: DiffField; parts: DiffPart[] }[];
  wordsAdded: number;
  wordsRemoved: number;
}

/** Each field as text: one figure a paragraph for captions, one figure a line for credits. */
export function comparedFields(content: ComparedContent): Record<DiffField, string> {
  const figures = documentFigures(content.body);
  return {
    headline: content.headline,
    sapo: content.sapo,
    body: documentToPlainText(content.body),
    captions: figures.map((figure) => figure.caption).join('\n\n'),
    credits: figures.map((figure) => figure.credit).join('\n'),
    creditLine: creditLineText(content),
  };
}

function creditLineText(content: ComparedContent): string {
  return content.credit ? `${content.credit.role}: ${content.credit.names}` : '';
}

/**
 * Every word of the article a diff compares: headline, sapo, body, captions, credits and the credit line.
 * `bodyWords`, when the caller counted the body already (the store does at every save), spares counting it again.
 */
export function articleWords(content: ComparedContent, bodyWords?: number): number {
  const figures = documentFigures(content.body);
  const others = [content.headline, content.sapo, creditLineText(content), ...figures.flatMap((figure) => [figure.caption, figure.credit])];
  return (bodyWords ?? countWords(documentToPlainText(content.body))) + others.reduce((sum, text) => sum + countWords(text), 0);
}

/**
 * The words the diff sees in all the compared text (its word tokens: `1.000` is two, as the diff counts it), so a
 * revision's words minus the one before's are exactly its words added minus removed. The history list's measure.
 */
export function comparedWords(content: ComparedContent): number {
  const fields = comparedFields(content);
  return diffFieldOrder.reduce((sum, field) => sum + tokenize(fields[field]).filter(isWordToken).length, 0);
}

export function diffArticles(before: ComparedContent, after: ComparedContent): ArticleDiff {
  const from = comparedFields(before);
  const to = comparedFields(after);
  const diff: ArticleDiff = { fields: [], wordsAdded: 0, wordsRemoved: 0 };
  for (const field of diffFieldOrder) {
    if (from[field] === to[field]) continue;
    const parts = diffWords(from[field], to[field]);
    if (parts.every((part) => part.op === 'same')) continue;
    const { added, removed } = countChangedWords(parts);
    diff.fields.push({ field, parts });
    diff.wordsAdded += added;
    diff.wordsRemoved += removed;
  }
  return diff;
}
