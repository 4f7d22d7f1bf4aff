// The pieces of an HTML article → the article: the parts marked with their role are taken as they are; in
// HTML that does not say (Markdown rendered to HTML, a web page), the shapes our Markdown export writes and
// news pages use are recognised: a Vietnamese dateline line before the headline, an all-bold paragraph right
// under the headline (the sapo), a picture followed by an italic paragraph (its caption, then its credit on
// the line after), a photo credit line (`Ảnh: …`, `Nguồn: …`) under a caption, and a last paragraph that
// reads as a credit line (`Tin và ảnh: …`). A caption's leading label (`Hình 1:`, `Ảnh 2.`) is dropped.
import { parseCreditLine, type Credit } from '../../common/article/creditLine';
import { isIsoDate, parseVietnameseDateline, type Dateline } from '../../common/article/dateline';
import { inlineText } from '../../common/document/docNode';
import { figureNode, figureNodeType } from '../../common/document/figure';
import { emptyDocument, type DocNode } from '../../contract/schemas/document';
import type { ImportedArticle } from '../importedArticle';
import { imageSourceOf, type ImportedImage } from '../importedImage';
import { clean, type Piece } from './htmlPieces';
import { hasText } from './importDocumentParser';

/** `Hình 1:`, `Ảnh 2.`, `Figure 3 –`: a numbering label in front of a caption. */
const captionLabel = /^\s*(?:hình|ảnh|figure|fig\.|photo)\s*\d+\s*[:.–—-]\s*/iu;
/** `Ảnh: Đức Thanh`, `Nguồn: TTXVN`: a photo's credit on its own line under the caption. */
export const photoCreditLine = /^\s*(?:ảnh|nguồn|photo|source)\s*:/iu;

export function assembleArticle(pieces: readonly Piece[], title = '', imageSources: readonly string[] = []): ImportedArticle {
  let dateline: Dateline | null = null;
  let headline = '';
  let headlineSeen = false;
  let sapo = '';
  let credit: Credit | null = null;
  const body: DocNode[] = [];
  /** Where the last figure stands in the body, while a caption or credit may still belong to it. */
  let openFigure: DocNode | undefined;
  /** The figure whose caption was the last thing read: a credit line may follow it. */
  let captionedFigure: DocNode | undefined;
  const images: ImportedImage[] = [];
  const withImage = (figureNode: DocNode, source: number | null) => {
    const imageSource = source === null ? null : imageSourceOf(imageSources[source] ?? '');
    if (imageSource) images.push({ figure: figureNode, source: imageSource });
    return figureNode;
  };

  for (const [index, piece] of pieces.entries()) {
    const previous = pieces[index - 1];
    if (piece.kind !== 'caption' && piece.kind !== 'photoCredit') openFigure = undefined;
    const captioned = captionedFigure;
    captionedFigure = undefined;
    switch (piece.kind) {
      case 'headline':
        if (!headlineSeen && piece.text) {
          headline = piece.text;
          headlineSeen = true;
        } else if (piece.text) body.push({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: piece.text }] });
        break;
      case 'dateline':
        if (!dateline) dateline = readDateline(piece.text, piece.datetime);
        if (!dateline && piece.text) body.push(paragraphOf(piece.text));
        break;
      case 'sapo':
        if (!sapo) sapo = inlineText(piece.inlines).trim();
        else body.push({ type: 'paragraph', content: piece.inlines });
        break;
      case 'image':
        openFigure = withImage(figure(piece.alt ? [{ type: 'text', text: piece.alt }] : [], ''), piece.source);
        body.push(openFigure);
        break;
      case 'figure':
        body.push(withImage(figure(piece.caption, piece.credit), piece.source));
        break;
      case 'caption':
        // Right after a picture it is that picture's caption; anywhere else, a caption awaiting its photo.
        if (openFigure && previous?.kind === 'image') setCaption(openFigure, piece.inlines);
        else body.push((openFigure = figure(piece.inlines, '')));
        captionedFigure = openFigure;
        break;
      case 'photoCredit':
        if (openFigure) openFigure.attrs = { ...openFigure.attrs, credit: piece.text };
        else if (piece.text) body.push(paragraphOf(piece.text));
        break;
      case 'creditLine': {
        const parsed = parseCreditLine(piece.text);
        if (parsed && !credit) credit = parsed;
        else if (piece.text) body.push(paragraphOf(piece.text));
        break;
      }
      case 'node':
        if (!readShape(piece.node, index, captioned)) body.push(piece.node);
        break;
    }
  }

  /** The unmarked shapes, recognised by where they stand; true when the node was taken. */
  function readShape(node: DocNode, index: number, captioned: DocNode | undefined): boolean {
    const previous = pieces[index - 1];
    if (node.type !== 'paragraph') return false;
    const text = inlineText(node.content ?? []).trim();
    if (captioned && body.at(-1) === captioned && !captioned.attrs?.credit && photoCreditLine.test(text)) {
      captioned.attrs = { ...captioned.attrs, credit: clean(text) };
      return true;
    }
    if (!dateline && !headlineSeen && body.length === 0 && parseVietnameseDateline(text)) {
      dateline = parseVietnameseDateline(text)!;
      return true;
    }
    if (!sapo && headlineSeen && previous?.kind === 'headline' && allMarked(node.content ?? [], 'bold')) {
      sapo = inlineText(withoutMark(node.content ?? [], 'bold')).trim();
      return true;
    }
    const lastFigure = body.at(-1);
    if (previous?.kind === 'image' && lastFigure?.type === figureNodeType && readCaption(lastFigure, node.content ?? [])) {
      captionedFigure = lastFigure;
      return true;
    }
    return false;
  }

  // A picture that brought neither a caption nor a credit (a web page's ad, a tracking pixel) leaves nothing,
  // unless its photo comes with the file (a Word document's picture, an image file next to the page).
  const withPhoto = new Set(images.filter((image) => image.source.kind !== 'remote').map((image) => image.figure));
  const content = body.filter((node) => !(node.type === figureNodeType && !node.content && !node.attrs?.credit && !withPhoto.has(node)));
  const kept = new Set(content);
  // The credit line: the last paragraph, when it reads as one.
  const last = content.at(-1);
  if (!credit && last?.type === 'paragraph') {
    const parsed = parseCreditLine(inlineText(last.content ?? []));
    if (parsed) {
      credit = parsed;
      content.pop();
    }
  }
  if (!headlineSeen && title && content.length > 0) headline = title;

  return {
    dateline,
    headline: clean(headline),
    sapo,
    body: content.length > 0 ? { type: 'doc', content } : structuredClone(emptyDocument),
    credit,
    images: images.filter((image) => kept.has(image.figure)),
  };
}

/** `*caption*` lines, then a plain line (the credit): what our Markdown export writes under a picture. */
function readCaption(figureNode: DocNode, inlines: DocNode[]): boolean {
  const lines = splitLines(inlines);
  const italicLines = lines.findIndex((line) => !allMarked(line, 'italic'));
  const captionLines = italicLines === -1 ? lines : lines.slice(0, italicLines);
  if (captionLines.length === 0) return false;
  const creditLines = lines.slice(captionLines.length);
  setCaption(figureNode, captionLines.flatMap((line, i) => [...(i > 0 ? [{ type: 'hardBreak' }] : []), ...withoutMark(line, 'italic')]));
  if (creditLines.length > 0) figureNode.attrs = { ...figureNode.attrs, credit: clean(creditLines.map(inlineText).join(' ')) };
  return true;
}

function readDateline(text: string, datetime: string | null): Dateline | null {
  const parsed = parseVietnameseDateline(text);
  if (parsed) return parsed;
  if (datetime && isIsoDate(datetime.slice(0, 10))) {
    // Our own page in English: `Hà Nội – <time datetime="2024-06-22">Saturday, 22 June 2024</time>`.
    const parts = text.split(' – ');
    return { place: parts.length > 1 ? parts[0]!.trim() : '', date: datetime.slice(0, 10) };
  }
  return null;
}

/** A figure awaiting its photo; a caption with no text leaves it without content. */
function figure(caption: DocNode[], credit: string): DocNode {
  return figureNode({ caption: hasText(caption) ? caption : [], credit });
}

function setCaption(figureNode: DocNode, inlines: DocNode[]): void {
  const unlabelled = withoutCaptionLabel(inlines);
  if (hasText(unlabelled)) figureNode.content = unlabelled;
  else delete figureNode.content;
}

function withoutCaptionLabel(inlines: DocNode[]): DocNode[] {
  const [first, ...rest] = inlines;
  if (first?.type !== 'text' || !captionLabel.test(first.text ?? '')) return inlines;
  const text = first.text!.replace(captionLabel, '');
  return text ? [{ ...first, text }, ...rest] : rest;
}

function paragraphOf(text: string): DocNode {
  return { type: 'paragraph', content: [{ type: 'text', text }] };
}

function splitLines(inlines: readonly DocNode[]): DocNode[][] {
  const lines: DocNode[][] = [[]];
  for (const node of inlines) {
    if (node.type === 'hardBreak') lines.push([]);
    else lines.at(-1)!.push(node);
  }
  return lines.filter(hasText);
}

function allMarked(inlines: readonly DocNode[], mark: string): boolean {
  const texts = inlines.filter((node) => node.type === 'text' && node.text!.trim() !== '');
  return texts.length > 0 && texts.every((node) => node.marks?.some((m) => m.type === mark));
}

function withoutMark(inlines: readonly DocNode[], mark: string): DocNode[] {
  return inlines.map((node) => {
    const marks = node.marks?.filter((m) => m.type !== mark);
    const { marks: _marks, ...rest } = node;
    return marks && marks.length > 0 ? { ...rest, marks } : rest;
  });
}
