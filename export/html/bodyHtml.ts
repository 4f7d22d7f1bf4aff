// The export document's blocks as an HTML fragment: the body of the HTML page, of the NINJS body and of
// "Copy as rich text". Built from the tree, never from stored HTML: every text is escaped, the only attribute
// taken from the article is a link's href (already allowed: http, https, mailto), and an image's src is
// whatever the caller decides (a file beside the page, a data: URL, or no image at all).
import type { Block, ExportPhoto, FigureBlock, Inline, TextRun } from '../documentTree/exportDocument';
import { runsText } from '../documentTree/inlineRuns';
import { escapeHtml } from './escapeHtml';
import { tableHtml } from './tableHtml';

export interface PageImage {
  src: string;
  width: number;
  height: number;
}

export interface BodyHtmlOptions {
  /** A photo's image as the page shows it, or undefined to leave the image out (the caption and credit stay). */
  photoImage?: (photo: ExportPhoto) => PageImage | undefined;
}

export function blocksHtml(blocks: readonly Block[], options: BodyHtmlOptions = {}): string {
  return blocks
    .map((block) => blockHtml(block, options))
    .filter((html) => html !== '')
    .join('\n');
}

function blockHtml(block: Block, options: BodyHtmlOptions): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p>${inlinesHtml(block.inlines)}</p>`;
    case 'heading':
      return `<h${block.level}>${inlinesHtml(block.inlines)}</h${block.level}>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      const start = block.ordered && block.start !== 1 ? ` start="${block.start}"` : '';
      const items = block.items.map((item) => `<li>${listItemHtml(item, options)}</li>`).join('\n');
      return `<${tag}${start}>\n${items}\n</${tag}>`;
    }
    case 'quote':
      return `<blockquote>\n${blocksHtml(block.blocks, options)}\n</blockquote>`;
    case 'rule':
      return '<hr>';
    case 'figure':
      return figureHtml(block, options);
    case 'table':
      return tableHtml(block, inlinesHtml);
  }
}

/** A list item of one paragraph is written bare (`<li>text</li>`), as editors and CMSs expect. */
function listItemHtml(item: readonly Block[], options: BodyHtmlOptions): string {
  const [first, ...rest] = item;
  if (first?.kind === 'paragraph' && rest.every((block) => block.kind === 'list')) {
    return [inlinesHtml(first.inlines), ...rest.map((block) => blockHtml(block, options))].join('\n');
  }
  return blocksHtml(item, options);
}

function figureHtml(figure: FigureBlock, options: BodyHtmlOptions): string {
  const parts: string[] = [];
  const image = figure.photo ? options.photoImage?.(figure.photo) : undefined;
  if (image) {
    const alt = runsText(figure.caption).replace(/\s+/g, ' ').trim();
    parts.push(`<img src="${escapeHtml(image.src)}" alt="${escapeHtml(alt)}" width="${image.width}" height="${image.height}">`);
  }
  const caption: string[] = [];
  if (figure.caption.length > 0) caption.push(`<p class="caption">${inlinesHtml(figure.caption)}</p>`);
  if (figure.credit) caption.push(`<p class="photo-credit">${escapeHtml(figure.credit)}</p>`);
  if (caption.length > 0) parts.push(`<figcaption>\n${caption.join('\n')}\n</figcaption>`);
  if (parts.length === 0) return '';
  return `<figure>\n${parts.join('\n')}\n</figure>`;
}

export function inlinesHtml(inlines: readonly Inline[]): string {
  return inlines.map((run) => (run.kind === 'break' ? '<br>' : runHtml(run))).join('');
}

function runHtml(run: TextRun): string {
  let html = escapeHtml(run.text);
  if (run.underline) html = `<u>${html}</u>`;
  if (run.italic) html = `<em>${html}</em>`;
  if (run.bold) html = `<strong>${html}</strong>`;
  if (run.href) html = `<a href="${escapeHtml(run.href)}">${html}</a>`;
  return html;
}
