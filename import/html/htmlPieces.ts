// A cleaned HTML tree → the pieces of an article, in document order: body nodes (TipTap JSON) and the parts
// that play a role (dateline, headline, sapo, a photo, a caption, a photo credit, the credit line). Our own
// exports say each part's role with a class (`p.dateline`, `p.sapo`, `p.caption`, `p.photo-credit`,
// `p.credit`; mammoth gives Word's styles the same classes); anything else is read by its element: h1 is a
// headline, h2 and h3 to h6 the report's two heading levels, lists, quotes, rules, figures with figcaption,
// data tables (htmlTable; a layout table gives its blocks).
// Links keep only http, https and mailto targets; other marks than bold, italic, underline and links go.
import { safeLinkHref } from '../../common/security/safeLinkHref';
import type { DocMark, DocNode } from '../../contract/schemas/document';
import { htmlTable, isLayoutTable } from './htmlTable';
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
    const inlines = inlineNodes(loose);
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
    case 'h6': {
      const inlines = inlineNodes(Array.from(element.childNodes));
      if (hasText(inlines)) pieces.push({ kind: 'node', node: { type: 'heading', attrs: { level: name === 'h2' ? 2 : 3 }, content: inlines } });
      return;
    }
    case 'ul':
    case 'ol': {
      const list = listNode(element);
      if (list) pieces.push({ kind: 'node', node: list });
      return;
    }
    case 'blockquote': {
      const inner: Piece[] = [];
      walkBlocks(element, inner);
      const content = inner.flatMap((piece) => (piece.kind === 'node' ? [piece.node] : []));
      if (content.length > 0) pieces.push({ kind: 'node', node: { type: 'blockquote', content } });
      return;
    }
    case 'hr':
      pieces.push({ kind: 'node', node: { type: 'horizontalRule' } });
      return;
    case 'figure':
      pieces.push(figurePiece(element));
      return;
    case 'pre': {
      const lines = (element.textContent ?? '').replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
      const content = lines.flatMap((line, i): DocNode[] => [...(i > 0 ? [{ type: 'hardBreak' }] : []), ...(line ? [{ type: 'text', text: line }] : [])]);
      if (content.length > 0) pieces.push({ kind: 'node', node: paragraph(content) });
      return;
    }
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
  const inlines = inlineNodes(Array.from(element.childNodes));
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
  if (captionPart) caption = inlineNodes(Array.from(captionPart.childNodes));
  else if (figcaption) caption = inlineNodes(Array.from(figcaption.childNodes).filter((node) => node !== creditPart));
  if (!hasText(caption)) {
    const alt = clean(figure.querySelector('img')?.getAttribute('alt') ?? '');
    caption = alt ? [{ type: 'text', text: alt }] : [];
  }
  const image = figure.querySelector('img');
  const source = image ? (imagePiece(image) as { source: number | null }).source : null;
  return { kind: 'figure', caption, credit: clean(creditPart?.textContent ?? ''), source };
}

function listNode(list: Element): DocNode | undefined {
  const items: DocNode[] = [];
  for (const item of Array.from(list.children)) {
    if (tag(item) !== 'li') continue;
    const inner: Piece[] = [];
    walkBlocks(item, inner);
    const content = inner.flatMap((piece) => (piece.kind === 'node' ? [piece.node] : []));
    if (content.length > 0) items.push({ type: 'listItem', content: content[0]!.type === 'paragraph' ? content : [paragraph([]), ...content] });
  }
  if (items.length === 0) return undefined;
  if (tag(list) === 'ul') return { type: 'bulletList', content: items };
  const start = Number(list.getAttribute('start') ?? '1');
  return { type: 'orderedList', attrs: { start: Number.isSafeInteger(start) && start >= 0 ? start : 1 }, content: items };
}

/** Inline content → TipTap text nodes with marks; whitespace collapsed as a browser would show it. */
export function inlineNodes(nodes: readonly ChildNode[]): DocNode[] {
  const out: DocNode[] = [];
  const visit = (node: ChildNode, marks: DocMark[]) => {
    if (node.nodeType === 3) {
      // HTML's own whitespace collapses; a no-break space is text and stays.
      const text = (node.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' ');
      if (text) out.push(marks.length > 0 ? { type: 'text', text, marks } : { type: 'text', text });
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const name = tag(element);
    if (name === 'br') {
      out.push({ type: 'hardBreak' });
      return;
    }
    if (name === 'img') return;
    const mark = markOf(element);
    const next = mark && !marks.some((m) => m.type === mark.type) ? [...marks, mark] : marks;
    for (const child of Array.from(element.childNodes)) visit(child, next);
  };
  for (const node of nodes) visit(node, []);
  return tidy(out);
}

function markOf(element: Element): DocMark | undefined {
  switch (tag(element)) {
    case 'strong':
    case 'b':
      return { type: 'bold' };
    case 'em':
    case 'i':
    case 'cite':
      return { type: 'italic' };
    case 'u':
      return { type: 'underline' };
    case 'a': {
      const href = safeLinkHref(element.getAttribute('href'));
      return href ? { type: 'link', attrs: { href } } : undefined;
    }
    default:
      return undefined;
  }
}

/** Trims the block's outer whitespace and the spaces around line breaks; joins text nodes that look the same. */
function tidy(nodes: DocNode[]): DocNode[] {
  const out: DocNode[] = [];
  for (const [i, node] of nodes.entries()) {
    if (node.type !== 'text') {
      out.push(node);
      continue;
    }
    let text = node.text!;
    const previous = nodes[i - 1];
    const next = nodes[i + 1];
    if (!previous || previous.type === 'hardBreak') text = text.replace(/^ +/, '');
    if (!next || next.type === 'hardBreak') text = text.replace(/ +$/, '');
    const last = out.at(-1);
    // `a <b> b</b>`: one space between the runs, as a browser shows it.
    if (last?.type === 'text' && last.text!.endsWith(' ')) text = text.replace(/^ +/, '');
    if (text === '') continue;
    if (last?.type === 'text' && JSON.stringify(last.marks ?? []) === JSON.stringify(node.marks ?? [])) last.text += text;
    else out.push({ ...node, text });
  }
  while (out.at(-1)?.type === 'hardBreak') out.pop();
  while (out[0]?.type === 'hardBreak') out.shift();
  return out;
}

function paragraph(content: DocNode[]): DocNode {
  return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
}

export function hasText(inlines: readonly DocNode[]): boolean {
  return inlines.some((node) => node.type === 'text' && node.text!.trim() !== '');
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
