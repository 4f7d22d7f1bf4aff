// An article as plain text in the seed's own shape, so the plain-text import reads it back to the same
// article: dateline, headline, sapo lines right under it; then one block per paragraph, caption, heading,
// list, quote or rule, a blank line between blocks; the credit line, then the section and tags in a trailer
// (plainTextMarkers.ts says how headings and credits are marked). LF line endings, final newline.
import { formatCreditLine } from '../../common/article/creditLine';
import { formatDateline } from '../../common/article/dateline';
import { trailerLines } from '../../common/article/plainTextTrailer';
import { inlineText } from '../../common/document/docNode';
import { figureNodeType } from '../../common/document/figure';
import { tableNodeType } from '../../common/document/table';
import type { Article } from '../../contract/schemas/article';
import type { DocNode } from '../../contract/schemas/document';
import { figureLines, headingLines } from './plainTextMarkers';
import { plainTextTableLines } from './plainTextTable';

export type PlainTextSource = Pick<Article, 'dateline' | 'headline' | 'sapo' | 'body' | 'credit' | 'language'> & Partial<Pick<Article, 'section' | 'tags'>>;

export const horizontalRuleLine = '* * *';

export function exportPlainText(article: PlainTextSource): string {
  const head = [
    // A place alone would read back as the headline, so the dateline line needs its date.
    article.dateline?.date ? formatDateline(article.dateline, article.language) : '',
    oneLine(article.headline),
    ...nonBlankLines(article.sapo),
  ].filter((line) => line !== '');
  const body = (article.body.content ?? []).map(blockLines).filter((lines) => lines.length > 0);
  const credit = article.credit ? [formatCreditLine(article.credit, article.language)] : [];
  const trailer = trailerLines({ section: article.section ?? '', tags: article.tags ?? [] }, article.language);
  return `${[head, ...body, credit, trailer].filter((lines) => lines.length > 0).map((lines) => lines.join('\n')).join('\n\n')}\n`;
}

/** The lines of one top-level block; none blank, since a blank line would split the block on import. */
function blockLines(node: DocNode): string[] {
  switch (node.type) {
    case 'horizontalRule':
      return [horizontalRuleLine];
    case 'bulletList':
    case 'orderedList':
      return listLines(node, 0);
    case 'blockquote':
      return (node.content ?? []).flatMap(blockLines).map((line) => `> ${line}`);
    case tableNodeType:
      return plainTextTableLines(node);
    case figureNodeType:
      return figureLines(node);
    case 'heading':
      return headingLines(node);
    case 'paragraph':
      return nonBlankLines(inlineText(node.content ?? []));
    default:
      return hasInlineContent(node) ? nonBlankLines(inlineText(node.content ?? [])) : (node.content ?? []).flatMap(blockLines);
  }
}

/** `- item` or `1. item`, a nested list indented two spaces a level. */
function listLines(list: DocNode, depth: number): string[] {
  const start = typeof list.attrs?.start === 'number' ? list.attrs.start : 1;
  const indent = '  '.repeat(depth);
  return (list.content ?? []).flatMap((item, i) => {
    const marker = list.type === 'orderedList' ? `${start + i}.` : '-';
    const [first = '', ...more] = (item.content ?? []).flatMap((child) =>
      child.type === 'bulletList' || child.type === 'orderedList' ? listLines(child, depth + 1) : blockLines(child).map((line) => `${indent}  ${line}`),
    );
    return first === '' ? [] : [`${indent}${marker} ${first.trimStart()}`, ...more];
  });
}

function hasInlineContent(node: DocNode): boolean {
  return (node.content ?? []).some((child) => child.type === 'text' || child.type === 'hardBreak');
}

function nonBlankLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
