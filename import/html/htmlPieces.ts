// A cleaned HTML tree → the pieces of an article, in document order: body nodes (TipTap JSON) and the parts
// that play a role (dateline, headline, sapo, a photo, a caption, a photo credit, the credit line). Our own
// exports say each part's role with a class (`p.dateline`, `p.sapo`, `p.caption`, `p.photo-credit`,
// `p.credit`; mammoth gives Word's styles the same classes); h1 is a headline, a picture a photo, a figure
// with figcaption a figure, a data table a table (htmlTable; a layout table gives its blocks), and containers
// (article, section, div…) give their blocks. Everything else (paragraphs, headings, lists, quotes, rules and
// all inline content) is read by the editor's own schema (importDocumentParser).
import type { DocNode } from '../../contract/schemas/document';
import { htmlTable, isLayoutTable } from './htmlTable';
import { hasText, parseBlocks, parseInlines } from './importDocumentParser';
import { imageClassPrefix } from './sanitizeImportHtml';

export type Piece =
  /** `mergedCells`: a table's cells that spanned several columns or rows, split on the way in (htmlTable). */
  | { kind: 'node'; node: DocNode; mergedCells?: number }
  | { kind: 'headline'; text: string }
  | { kind: 'dateline'; text: string; datetime: string | null }
  | { kind: 'sapo'; inlines: DocNode[] }
  /** `source` indexes the page's image sources (sanitizeImportHtml), null when unknown. */
  | { kind: 'image'; alt: string; source: number | null }
  | { kind: 'caption'; inlines: DocNode[] }
  | { kind: 'photoCredit'; text: string }
  | { kind: 'creditLine'; text: string }
  | { kind: 'figure'; caption: DocNode[]; credit: string; source: number | null };

const roleClasses: Record<string, 'dateline' | 'sapo' | 'caption' | 'photoCredit' | 'creditLine' | 'figureImage'> = {
  dateline: 'dateline',
  sapo: 'sapo',
  caption: 'caption',
  'photo-credit': 'photoCredit',
  credit: 'creditLine',
  figure: 'figureImage',
};

const blockTags = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'hr', 'figure', 'figcaption', 'article', 'section', 'main', 'header', 'footer', 'div', 'pre', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th']);

export function htmlPieces(root: Element): Piece[] {
  const pieces: Piece[] = [];
  walkBlocks(root, pieces);
  return pieces;
}

function walkBlocks(parent: Element, pieces: Piece[]): void {
  let loose: ChildNode[] = [];
  const flushLoose = () => {
    const inlines = loose.some((node) => node.nodeType === 1 || (node.textContent ?? '').trim() !== '') ? parseInlines(loose) : [];
    if (hasText(inlines)) pieces.push({ kind: 'node', node: paragraph(inlines) });
    loose = [];
  };
  for (const child of Array.from(parent.childNodes)) {
    if (child.nodeType === 1 && blockTags.has(tag(child as Element))) {
      flushLoose();
      block(child as Element, pieces);
    } else if (child.nodeType === 1 && tag(child as Element) === 'img') {
      flushLoose();
      pieces.push(imagePiece(child as Element));
    } else {
      loose.push(child);
    }
  }
  flushLoose();
}

function block(element: Element, pieces: Piece[]): void {
  const name = tag(element);
  const role = roleOf(element);
  switch (name) {
    case 'h1':
      pieces.push({ kind: 'headline', text: clean(element.textContent ?? '') });
      return;
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    case 'ul':
    case 'ol':
    case 'blockquote':
    case 'hr':
    case 'pre':
      for (const node of parseBlocks([element])) pieces.push({ kind: 'node', node });
      return;
    case 'figure':
      pieces.push(figurePiece(element));
      return;
    case 'p':
      return paragraphPiece(element, role, pieces);
    case 'table': {
      if (isLayoutTable(element)) return walkBlocks(element, pieces);
      const table = htmlTable(element, cellBlocks);
      if (table) pieces.push({ kind: 'node', node: table.node, mergedCells: table.mergedCells });
      return;
    }
    default:
      // A container marked with a role (`div.dateline`) is that part; any other (article, section, div,
      // header, footer, table cells…) gives its blocks, in order.
      if (role && role !== 'figureImage' && !Array.from(element.children).some((child) => blockTags.has(tag(child)))) return paragraphPiece(element, role, pieces);
      walkBlocks(element, pieces);
  }
}

/** A table cell's content as blocks: whatever role a part of it plays elsewhere, in a cell it is text. */
function cellBlocks(cell: Element): DocNode[] {
  const inner: Piece[] = [];
  walkBlocks(cell, inner);
  return inner.flatMap((piece): DocNode[] => {
    if (piece.kind === 'node') return [piece.node];
    if (piece.kind === 'sapo' || piece.kind === 'caption') return [paragraph(piece.inlines)];
    if (piece.kind === 'figure') return [paragraph(piece.caption)];
    return 'text' in piece && piece.text ? [paragraph([{ type: 'text', text: piece.text }])] : [];
  });
}

function paragraphPiece(element: Element, role: string | undefined, pieces: Piece[]): void {
  const images = Array.from(element.querySelectorAll('img'));
  const inlines = parseInlines(Array.from(element.childNodes));
  const text = clean(element.textContent ?? '');
  switch (role) {
    case 'dateline':
      pieces.push({ kind: 'dateline', text, datetime: element.querySelector('time')?.getAttribute('datetime') ?? null });
      return;
    case 'sapo':
      pieces.push({ kind: 'sapo', inlines });
      return;
    case 'caption':
      pieces.push({ kind: 'caption', inlines });
      return;
    case 'photoCredit':
      pieces.push({ kind: 'photoCredit', text });
      return;
    case 'creditLine':
      pieces.push({ kind: 'creditLine', text });
      return;
  }
  // A paragraph holding a picture (Word's image paragraph, Markdown's `![…](…)`): a photo, then its own text.
  for (const image of images) pieces.push(imagePiece(image));
  if (hasText(inlines)) pieces.push({ kind: 'node', node: paragraph(inlines) });
}

function imagePiece(image: Element): Piece {
  const marker = new RegExp(`(?:^|\\s)${imageClassPrefix}(\\d+)(?:\\s|$)`, 'u').exec(image.getAttribute('class') ?? '');
  return { kind: 'image', alt: clean(image.getAttribute('alt') ?? ''), source: marker ? Number(marker[1]) : null };
}

function figurePiece(figure: Element): Piece {
  const figcaption = figure.querySelector('figcaption');
  const captionPart = figcaption?.querySelector('.caption');
  const creditPart = figcaption?.querySelector('.photo-credit');
  let caption: DocNode[] = [];
  if (captionPart) caption = parseInlines(Array.from(captionPart.childNodes));
  else if (figcaption) caption = parseInlines(Array.from(figcaption.childNodes).filter((node) => node !== creditPart));
  if (!hasText(caption)) {
    const alt = clean(figure.querySelector('img')?.getAttribute('alt') ?? '');
    caption = alt ? [{ type: 'text', text: alt }] : [];
  }
  const image = figure.querySelector('img');
  const source = image ? (imagePiece(image) as { source: number | null }).source : null;
  return { kind: 'figure', caption, credit: clean(creditPart?.textContent ?? ''), source };
}

function paragraph(content: DocNode[]): DocNode {
  return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
}

function roleOf(element: Element): string | undefined {
  for (const name of Array.from(element.classList)) if (roleClasses[name]) return roleClasses[name];
  return undefined;
}

function tag(element: Element): string {
  return element.localName.toLowerCase();
}

export function clean(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
