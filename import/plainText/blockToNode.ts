// One block of lines (no blank line inside) → one TipTap body node. Besides captions and paragraphs, the
// markers our own plain-text export writes are read back: `* * *`, `> quote`, `- item`, `1. item`,
// `## heading` / `### heading` (a one-line block), a photo credit (`Ảnh: …`) as a caption's last line, and
// tab-separated rows (a table).
import { figureNode } from '../../common/document/figure';
import type { DocNode } from '../../contract/schemas/document';
import { photoCreditLine } from '../html/assembleArticle';
import { isCaptionBlock } from './lineShapes';
import { tabSeparatedTable } from './tabTable';

const horizontalRule = /^\*\s?\*\s?\*$/u;
const quoteLine = /^>\s?(.*)$/u;
const bulletLine = /^[-•*]\s+(.+)$/u;
const numberedLine = /^(\d{1,4})[.)]\s+(.+)$/u;
const headingLine = /^(#{2,3})\s+(\S.*)$/u;
/** Dialogue (`- Vâng`) or a list item: short and unpunctuated like a caption, but never one. */
const markedLine = /^[-–—•*]\s/u;

const text = (value: string): DocNode => ({ type: 'text', text: value });
const paragraph = (value: string): DocNode => ({ type: 'paragraph', content: [text(value)] });
const listItem = (value: string): DocNode => ({ type: 'listItem', content: [paragraph(value)] });

export function blockToNode(lines: readonly string[]): DocNode {
  if (lines.length === 1 && horizontalRule.test(lines[0]!)) return { type: 'horizontalRule' };
  const heading = lines.length === 1 ? headingLine.exec(lines[0]!) : null;
  if (heading) return { type: 'heading', attrs: { level: heading[1]!.length }, content: [text(heading[2]!.trim())] };
  return tabSeparatedTable(lines) ?? quote(lines) ?? bulletList(lines) ?? orderedList(lines) ?? (isCaption(lines) ? figure(lines) : paragraph(lines.join(' ')));
}

function isCaption(lines: readonly string[]): boolean {
  return isCaptionBlock(lines) && !lines.some((line) => markedLine.test(line));
}

/** A caption awaiting its photo: its lines, a hard break between each two; a last `Ảnh: …` line is its credit. */
export function figure(lines: readonly string[]): DocNode {
  const last = lines.at(-1)!;
  if (lines.length > 1 && photoCreditLine.test(last)) return figureNode({ caption: lines.slice(0, -1).join('\n'), credit: last });
  return figureNode({ caption: lines.join('\n') });
}

/** Every line starts with `>`: a quote, one paragraph a line. */
function quote(lines: readonly string[]): DocNode | undefined {
  const inner = lines.map((line) => quoteLine.exec(line)?.[1]?.trim());
  if (inner.some((line) => line === undefined)) return undefined;
  const paragraphs = (inner as string[]).filter((line) => line !== '');
  return paragraphs.length > 0 ? { type: 'blockquote', content: paragraphs.map(paragraph) } : undefined;
}

/** Two or more lines each starting with `- ` (or `• `, `* `). A lone `- …` line is dialogue, not a list. */
function bulletList(lines: readonly string[]): DocNode | undefined {
  if (lines.length < 2) return undefined;
  const items = lines.map((line) => bulletLine.exec(line)?.[1]);
  if (items.some((item) => item === undefined)) return undefined;
  return { type: 'bulletList', content: (items as string[]).map(listItem) };
}

/** Two or more lines numbered in order, from 1 or from where the list starts (3., 4., 5. …). */
function orderedList(lines: readonly string[]): DocNode | undefined {
  if (lines.length < 2) return undefined;
  const items: string[] = [];
  const start = Number(numberedLine.exec(lines[0]!)?.[1] ?? Number.NaN);
  for (const [i, line] of lines.entries()) {
    const match = numberedLine.exec(line);
    if (!match || Number(match[1]) !== start + i) return undefined;
    items.push(match[2]!);
  }
  return { type: 'orderedList', attrs: { start }, content: items.map(listItem) };
}
