// The export document as a Word file (.docx, with the `docx` library): dateline, headline in Title, sapo,
// the body, figures with their photos embedded, the credit line last, page numbers in the footer; A4.
// Document properties: title (headline), creator (the credit line's names), description (sapo), keywords
// (tags); the text's language (vi-VN for a Vietnamese report) so Word proofs it in the right language.
// The photos are streamed into the file (repackDocx), never held in memory all at once.
import { AlignmentType, Document, Footer, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import type { ExportDocument } from '../documentTree/exportDocument';
import type { Readable } from 'node:stream';
import { photoImage } from '../photos/photoImage';
import { DocxBlockWriter, type DocxImage } from './docxBlocks';
import { reportNumbering, reportStyles, styleIds } from './docxStyles';
import { reportTableStylesXml } from './docxTable';
import { repackDocx, standIn, type MediaSource } from './repackDocx';
import type { PhotoExportSize } from '../../contract/schemas/articleExport';

const wordLanguage = { vi: 'vi-VN', en: 'en-GB' } as const;
/** A4 in twentieths of a point, 20 mm margins. */
const a4 = { width: 11906, height: 16838 };
const margin = 1134;

/** The report as a .docx, streamed: read it into a file (or a package) as it comes. */
export async function exportDocx(doc: ExportDocument, photoSize: PhotoExportSize = 'display', signal?: AbortSignal): Promise<Readable> {
  const images = new Map<number, DocxImage>();
  const media = new Map<string, MediaSource>();
  for (const photo of doc.photos) {
    signal?.throwIfAborted();
    const image = await photoImage(photo, photoSize);
    const stand = standIn(String(photo.id));
    images.set(photo.id, { data: stand, type: image.extension, width: image.width, height: image.height });
    media.set(stand.toString('utf8'), image.source);
  }
  const { meta } = doc;
  const writer = new DocxBlockWriter(images);
  const head: Paragraph[] = [];
  if (meta.dateline) head.push(new Paragraph({ style: styleIds.dateline, children: [new TextRun(meta.dateline.text)] }));
  if (meta.headline) head.push(new Paragraph({ style: 'Title', children: [new TextRun(meta.headline)] }));
  if (meta.sapo) head.push(new Paragraph({ style: styleIds.sapo, children: lines(meta.sapo) }));
  const body = writer.blocks(doc.blocks);
  const end = meta.creditLine ? [new Paragraph({ style: styleIds.creditLine, children: [new TextRun(meta.creditLine)] })] : [];
  signal?.throwIfAborted();

  const document = new Document({
    title: meta.headline || undefined,
    creator: meta.creditNames || undefined,
    lastModifiedBy: meta.creditNames || undefined,
    description: meta.sapo || undefined,
    subject: meta.section || undefined,
    keywords: meta.tags.length > 0 ? meta.tags.join(', ') : undefined,
    externalStyles: reportTableStylesXml,
    styles: reportStyles(wordLanguage[meta.language]),
    numbering: reportNumbering(writer.orderedStarts),
    sections: [
      {
        properties: { page: { size: a4, margin: { top: margin, bottom: margin, left: margin, right: margin } } },
        footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT] })] })] }) },
        children: [...head, ...body, ...end],
      },
    ],
  });
  return repackDocx(await Packer.toBuffer(document), media);
}

function lines(text: string): TextRun[] {
  return text.split('\n').map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined }));
}
