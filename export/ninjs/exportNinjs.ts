// The export document as IPTC ninjs 3.1 (News in JSON), the format web CMSs ingest. The mapping:
//   uri             urn:uuid:<the article's uuid>: stable across exports and machines
//   type            "text"; version: versionCreated in ISO basic form, which grows with every save
//   firstCreated / versionCreated   the article's created / last-updated times
//   pubStatus       "usable" once filed; a draft or a report still being edited is "withheld", so a CMS
//                   that ingests it never publishes it by itself ("canceled" would mean a killed story)
//   language        the article's (vi); headlines: the headline ("main"); descriptions: the sapo ("summary")
//   bodies          the body as HTML, with wordCount and charCount (figure captions excluded, as ninjs says)
//   by              the credit line as printed (Tin và ảnh: Minh Khôi); located: the dateline's place
//   subjects        the section (rel "section") and the tags (rel "tag"); slugline: the file-name slug
//   associations    one "picture" per photo, by first appearance: its caption, creator (by), copyright
//                   holder (the credit, else the creator) and notice, and one rendition per file handed over
import type { ExportDocument, ExportPhoto, FigureBlock } from '../documentTree/exportDocument';
import { runsText } from '../documentTree/inlineRuns';
import { blocksHtml, type PageImage } from '../html/bodyHtml';

export const ninjsVersion = '3.1';
export const ninjsSchemaUri = 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#';

export interface NinjsRendition {
  name: string;
  href: string;
  contentType: string;
  width: number;
  height: number;
  sizeInBytes?: number;
}

/** The files handed over for a photo, relative to the ninjs file (the body's images point to the first). */
export type PhotoRenditions = (photo: ExportPhoto) => NinjsRendition[];

export function exportNinjs(doc: ExportDocument, renditions: PhotoRenditions): Record<string, unknown> {
  const { meta } = doc;
  const item: Record<string, unknown> = {
    uri: `urn:uuid:${meta.uuid}`,
    standard: { name: 'ninjs', version: ninjsVersion, schema: ninjsSchemaUri },
    type: 'text',
    representationType: 'full',
    profile: doc.photos.length > 0 ? 'text-photo' : 'text-only',
    version: basicIsoTime(meta.updated),
    firstCreated: meta.created,
    versionCreated: meta.updated,
    pubStatus: meta.status === 'filed' ? 'usable' : 'withheld',
    language: meta.language,
    slugline: meta.slug,
  };
  if (meta.headline) item.headlines = [{ role: 'main', value: meta.headline }];
  if (meta.sapo) item.descriptions = [{ role: 'summary', contentType: 'text/plain', value: meta.sapo }];
  item.bodies = [
    {
      role: 'main',
      contentType: 'text/html',
      wordCount: meta.words,
      charCount: meta.characters,
      value: blocksHtml(doc.blocks, { photoImage: (photo) => pageImage(renditions(photo)[0]) }),
    },
  ];
  if (meta.creditLine) item.by = meta.creditLine;
  if (meta.dateline?.place) item.located = meta.dateline.place;
  const subjects = [...(meta.section ? [{ name: meta.section, rel: 'section' }] : []), ...meta.tags.map((tag) => ({ name: tag, rel: 'tag' }))];
  if (subjects.length > 0) item.subjects = subjects;
  if (doc.photos.length > 0) item.associations = doc.photos.map((photo) => association(photo, figureOf(doc, photo), renditions(photo)));
  return item;
}

function association(photo: ExportPhoto, figure: FigureBlock | undefined, renditions: NinjsRendition[]): Record<string, unknown> {
  // The caption and credit the article shows for the photo, else the photo's own.
  const caption = (figure ? runsText(figure.caption) : photo.caption).trim();
  const credit = figure?.credit || photo.credit;
  const picture: Record<string, unknown> = {
    name: `picture-${photo.number}`,
    rel: 'picture',
    uri: `urn:newsdesk:photo:sha256:${photo.hash}`,
    type: 'picture',
  };
  if (caption) picture.descriptions = [{ role: 'caption', contentType: 'text/plain', value: caption }];
  if (photo.creator) picture.by = photo.creator;
  if (credit || photo.creator) picture.copyrightHolder = credit || photo.creator;
  if (photo.copyright) picture.copyrightNotice = photo.copyright;
  picture.renditions = renditions;
  return picture;
}

function figureOf(doc: ExportDocument, photo: ExportPhoto): FigureBlock | undefined {
  const visit = (blocks: ExportDocument['blocks']): FigureBlock | undefined => {
    for (const block of blocks) {
      if (block.kind === 'figure' && block.photo?.id === photo.id) return block;
      const inner = block.kind === 'quote' ? visit(block.blocks) : block.kind === 'list' ? block.items.map(visit).find(Boolean) : undefined;
      if (inner) return inner;
    }
    return undefined;
  };
  return visit(doc.blocks);
}

function pageImage(rendition: NinjsRendition | undefined): PageImage | undefined {
  return rendition && { src: rendition.href, width: rendition.width, height: rendition.height };
}

/** 2024-06-22T08:30:00.000Z → 20240622T083000Z */
function basicIsoTime(iso: string): string {
  return iso.replace(/\.\d+/, '').replace(/[-:]/g, '');
}
