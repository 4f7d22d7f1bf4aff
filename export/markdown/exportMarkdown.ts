// The export document as CommonMark: YAML front matter (markdownFrontMatter.ts), the dateline, the headline
// as `#`, the sapo in bold, the body (headings `##`/`###`, lists, quotes, rules), each figure as an image
// paragraph followed by its caption paragraph (in italics, the credit on a line of its own after it), and the
// credit line last. A figure still waiting for its photo is an image with an empty destination, `![caption]()`,
// so it reads back as a figure, not as an italic paragraph. No raw HTML anywhere, so any Markdown tool,
// strict or not, reads it the same.
import type { Block, ExportDocument, ExportPhoto, FigureBlock } from '../documentTree/exportDocument';
import { runsText, textToRuns } from '../documentTree/inlineRuns';
import { markdownFrontMatter } from './markdownFrontMatter';
import { escapeMarkdown, inlineMarkdown, linkDestination } from './markdownInline';
import { markdownTable } from './markdownTable';

export function exportMarkdown(doc: ExportDocument, photoSrc: (photo: ExportPhoto) => string | undefined): string {
  const { meta } = doc;
  const parts: string[] = [markdownFrontMatter(meta)];
  if (meta.dateline) parts.push(escapeMarkdown(meta.dateline.text));
  if (meta.headline) parts.push(`# ${escapeMarkdown(meta.headline)}`);
  if (meta.sapo) parts.push(inlineMarkdown(textToRuns(meta.sapo).map((run) => (run.kind === 'text' ? { ...run, bold: true } : run))));
  parts.push(...blocksMarkdown(doc.blocks, photoSrc));
  if (meta.creditLine) parts.push(escapeMarkdown(meta.creditLine));
  return `${parts.filter((part) => part !== '').join('\n\n')}\n`;
}

function blocksMarkdown(blocks: readonly Block[], photoSrc: (photo: ExportPhoto) => string | undefined): string[] {
  return blocks.map((block) => blockMarkdown(block, photoSrc)).filter((text) => text !== '');
}

function blockMarkdown(block: Block, photoSrc: (photo: ExportPhoto) => string | undefined): string {
  switch (block.kind) {
    case 'paragraph':
      return inlineMarkdown(block.inlines);
    case 'heading':
      return `${'#'.repeat(block.level)} ${inlineMarkdown(block.inlines).replace(/\\\n/g, ' ')}`;
    case 'list':
      return block.items
        .map((item, i) => {
          const marker = block.ordered ? `${block.start + i}. ` : '- ';
          // A nested list follows its item's text directly: a blank line would make the whole list loose.
          const body = item
            .map((child, index) => (index > 0 && child.kind !== 'list' ? '\n\n' : index > 0 ? '\n' : '') + blockMarkdown(child, photoSrc))
            .join('');
          return marker + indent(body, ' '.repeat(marker.length)).trimStart();
        })
        .join('\n');
    case 'quote':
      return blocksMarkdown(block.blocks, photoSrc)
        .join('\n\n')
        .split('\n')
        .map((line) => (line === '' ? '>' : `> ${line}`))
        .join('\n');
    case 'rule':
      return '* * *';
    case 'figure':
      return figureMarkdown(block, photoSrc);
    case 'table':
      return markdownTable(block);
  }
}

function figureMarkdown(figure: FigureBlock, photoSrc: (photo: ExportPhoto) => string | undefined): string {
  const parts: string[] = [];
  const src = figure.photo ? photoSrc(figure.photo) : '';
  if (src !== undefined) {
    const alt = runsText(figure.caption).replace(/\s+/g, ' ').trim();
    parts.push(`![${escapeMarkdown(alt)}](${src === '' ? '' : linkDestination(src)})`);
  }
  const caption: string[] = [];
  // The caption in italics, line by line, so a two-line caption stays two lines.
  if (figure.caption.length > 0) caption.push(inlineMarkdown(figure.caption.map((run) => (run.kind === 'text' ? { ...run, italic: true } : run))));
  if (figure.credit) caption.push(escapeMarkdown(figure.credit));
  if (caption.length > 0) parts.push(caption.join('\\\n'));
  return parts.join('\n\n');
}

/** Continuation lines of a list item line up under its text. */
function indent(text: string, by: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? '' : by + line))
    .join('\n');
}
