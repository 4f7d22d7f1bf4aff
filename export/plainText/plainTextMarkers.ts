// The marks a plain-text export adds so its import reads the article back as it was: a heading behind `## `
// or `### ` (as in Markdown; a bare line would come back as a caption), a figure's credit on the line under
// its caption, and the section and tags in a trailer (common/article/plainTextTrailer.ts).
import { inlineText } from '../../common/document/docNode';
import { figureFields } from '../../common/document/figure';
import type { DocNode } from '../../contract/schemas/document';

export function headingLines(node: DocNode): string[] {
  const text = inlineText(node.content ?? []).replace(/\s+/gu, ' ').trim();
  const level = node.attrs?.level === 3 ? 3 : 2;
  return text ? [`${'#'.repeat(level)} ${text}`] : [];
}

/** The caption's lines, then the credit. */
export function figureLines(node: DocNode): string[] {
  const { caption, credit } = figureFields(node);
  return [...caption.split('\n'), credit].map((line) => line.trim()).filter((line) => line !== '');
}
