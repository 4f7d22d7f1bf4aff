// The export document's blocks as Word paragraphs. Headings become Heading 1/2 (the headline is the Title),
// lists real Word numbering (each list its own instance, so every list counts from its own start), links
// hyperlinks, figures an image paragraph, its caption in Word's Caption style and its credit beneath, tables
// Word tables (docxTable).
import { ExternalHyperlink, ImageRun, Paragraph, TextRun, type ParagraphChild, type Table } from 'docx';
import type { Block, FigureBlock, Inline } from '../documentTree/exportDocument';
import { runsText } from '../documentTree/inlineRuns';
import { bulletReference, orderedReference, styleIds } from './docxStyles';
import { docxTable } from './docxTable';

export interface DocxImage {
  data: Buffer;
  type: 'jpg' | 'png';
  width: number;
  height: number;
}

/** A4 less 20 mm margins is 170 mm of line: 642 px at Word's 96 px to the inch. Height leaves room for the caption. */
const maxImageWidth = 642;
const maxImageHeight = 600;
/** 12 points, in twentieths of a point. */
const figureSpaceAfter = 240;

export class DocxBlockWriter {
  /** Every numbered list's starting number, for its numbering definition. */
  readonly orderedStarts = new Set<number>();
  private listInstance = 0;

  constructor(private readonly images: ReadonlyMap<number, DocxImage>) {}

  blocks(blocks: readonly Block[], quoted = false): (Paragraph | Table)[] {
    return blocks.flatMap((block) => this.block(block, quoted));
  }

  private block(block: Block, quoted: boolean): (Paragraph | Table)[] {
    switch (block.kind) {
      case 'paragraph':
        return [new Paragraph({ style: quoted ? styleIds.quote : undefined, children: runs(block.inlines) })];
      case 'heading':
        return [new Paragraph({ style: block.level === 2 ? 'Heading1' : 'Heading2', children: runs(block.inlines) })];
      case 'list':
        return this.list(block, 0, quoted);
      case 'quote':
        return this.blocks(block.blocks, true);
      case 'rule':
        return [new Paragraph({ style: styleIds.rule, border: { bottom: { style: 'single', size: 6, color: 'AAAAAA', space: 1 } }, children: [] })];
      case 'figure':
        return this.figure(block);
      case 'table':
        // Word gives a table no space below it: an empty 6-point paragraph sets it off from the next text
        // (the DOCX import drops empty paragraphs).
        return [docxTable(block, runs), new Paragraph({ spacing: { before: 0, after: 0, line: 240 }, run: { size: 12 }, children: [] })];
    }
  }

  private list(list: Extract<Block, { kind: 'list' }>, level: number, quoted: boolean): (Paragraph | Table)[] {
    const instance = ++this.listInstance;
    const reference = list.ordered ? orderedReference(list.start) : bulletReference;
    if (list.ordered) this.orderedStarts.add(list.start);
    return list.items.flatMap((item) =>
      item.flatMap((block, index) => {
        if (block.kind === 'list') return this.list(block, Math.min(level + 1, 8), quoted);
        if (block.kind !== 'paragraph' && block.kind !== 'heading') return this.block(block, quoted);
        // The item's first paragraph carries the number; more paragraphs of the item line up under its text.
        return [
          new Paragraph({
            style: styleIds.listParagraph,
            ...(index === 0 ? { numbering: { reference, level, instance } } : { indent: { left: 720 * (level + 1) } }),
            children: runs(block.inlines),
          }),
        ];
      }),
    );
  }

  private figure(figure: FigureBlock): Paragraph[] {
    const paragraphs: Paragraph[] = [];
    const image = figure.photo ? this.images.get(figure.photo.id) : undefined;
    if (image) {
      const scale = Math.min(1, maxImageWidth / image.width, maxImageHeight / image.height);
      const caption = runsText(figure.caption).replace(/\s+/g, ' ').trim();
      paragraphs.push(
        new Paragraph({
          style: styleIds.figure,
          children: [
            new ImageRun({
              type: image.type,
              data: image.data,
              transformation: { width: Math.round(image.width * scale), height: Math.round(image.height * scale) },
              altText: { name: `${figure.number}`, title: caption, description: caption },
            }),
          ],
        }),
      );
    }
    const texts: { style: string; children: ParagraphChild[] }[] = [];
    if (figure.caption.length > 0) texts.push({ style: styleIds.caption, children: runs(figure.caption) });
    if (figure.credit) texts.push({ style: styleIds.photoCredit, children: [new TextRun(figure.credit)] });
    // The figure's last line sets it apart from the text below, whichever of caption and credit that is.
    texts.forEach((text, index) => paragraphs.push(new Paragraph({ ...text, ...(index === texts.length - 1 ? { spacing: { after: figureSpaceAfter } } : {}) })));
    return paragraphs;
  }
}

export function runs(inlines: readonly Inline[]): ParagraphChild[] {
  const children: ParagraphChild[] = [];
  let pendingBreak = false;
  for (const inline of inlines) {
    if (inline.kind === 'break') {
      if (pendingBreak) children.push(new TextRun({ break: 1 }));
      pendingBreak = true;
      continue;
    }
    // Only what the text itself sets: an explicit "not bold" would override the paragraph style (a heading's bold).
    const format = {
      bold: inline.bold || undefined,
      italics: inline.italic || undefined,
      underline: inline.underline ? {} : undefined,
      break: pendingBreak ? 1 : undefined,
    };
    pendingBreak = false;
    if (inline.href) {
      children.push(new ExternalHyperlink({ link: inline.href, children: [new TextRun({ ...format, text: inline.text, style: 'Hyperlink' })] }));
    } else {
      children.push(new TextRun({ ...format, text: inline.text }));
    }
  }
  if (pendingBreak) children.push(new TextRun({ break: 1 }));
  return children;
}
