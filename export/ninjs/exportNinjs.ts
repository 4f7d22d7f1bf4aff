// The export document as IPTC ninjs 3.1 (News in JSON), the format web CMSs ingest. The mapping:
//   uri             urn:uuid:<the article's uuid>: stable across exports and machines
//   type            "text"; version: versionCreated in ISO basic form, which grows with every save
//   firstCreated / versionCreated   the article's created / last-updated times
//   contentCreated  the dateline's date (when the reported content was made), at local midnight
//   pubStatus       "usable" once filed; a draft or a report still being edited is "withheld", so a CMS
//                   that ingests it never publishes it by itself ("canceled" would mean a killed story)
//   language        the article's (vi); headlines: the headline ("main"); descriptions: the sapo ("summary")
//   bodies          the body as HTML, with wordCount and charCount (figure captions excluded, as ninjs says);
//                   a figure still waiting for its photo is left out (a CMS would print a caption under nothing)
//   by              the credit line's names (Minh Khôi); infoSources: each name with its role (writer,
//                   photographer, compiler); located: the dateline's place
//   subjects        the section (rel "section") and the tags (rel "tag"); slugline: the file-name slug
//   associations    one "picture" per photo, by first appearance: its caption, creator (by), the figure's
//                   credit (infoSources, role "creditline"), the photo's copyright notice and the holder it
//                   names, and one rendition per file handed over (href: see ninjsHref.ts; sizeInBytes of the
//                   file exactly as handed over)
import type { Block, ExportDocument, ExportPhoto, FigureBlock } from '../documentTree/exportDocument';
import { runsText } from '../documentTree/inlineRuns';
import { blocksHtml, type PageImage } from '../html/bodyHtml';
import { copyrightHolderOf, creditLinePeople } from './ninjsPeople';

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

/** The files handed over for a photo (the body's images show the first). */
export type PhotoRenditions = (photo: ExportPhoto) => NinjsRendition[];

/**
 * renditions: the photo's files, hrefs as ninjs wants them; bodyImage: the src the body's img gives the
 * photo (a path relative to the ninjs file, which HTML allows), by default the first rendition's href.
 */
export function exportNinjs(doc: ExportDocument, renditions: PhotoRenditions, bodyImage?: (photo: ExportPhoto) => string): Record<string, unknown> {
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
    ...(meta.dateline?.date ? { contentCreated: localMidnight(meta.dateline.date) } : {}),
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
      value: blocksHtml(withoutWaitingFigures(doc.blocks), { photoImage: (photo) => pageImage(renditions(photo)[0], bodyImage?.(photo)) }),
    },
  ];
  Object.assign(item, creditLinePeople(meta.creditLine));
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
  if (credit) picture.infoSources = [{ name: credit, role: 'creditline' }];
  const holder = copyrightHolderOf(photo.copyright);
  if (holder) picture.copyrightHolder = holder;
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

function pageImage(rendition: NinjsRendition | undefined, src: string | undefined): PageImage | undefined {
  return rendition && { src: src ?? rendition.href, width: rendition.width, height: rendition.height };
}

/** The blocks without figures that wait for a photo, wherever they stand (in a quote, in a list item). */
function withoutWaitingFigures(blocks: readonly Block[]): Block[] {
  return blocks.flatMap((block): Block[] => {
    if (block.kind === 'figure') return block.photo ? [block] : [];
    if (block.kind === 'quote') return [{ ...block, blocks: withoutWaitingFigures(block.blocks) }];
    if (block.kind === 'list') return [{ ...block, items: block.items.map(withoutWaitingFigures) }];
    return [block];
  });
}

/** A date-only dateline as the date-time ninjs asks for: that day's midnight in the exporting machine's zone. */
function localMidnight(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const offset = -new Date(year, month - 1, day).getTimezoneOffset();
  const sign = offset < 0 ? '-' : '+';
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offset) % 60).padStart(2, '0');
  return `${isoDate}T00:00:00${sign}${hours}:${minutes}`;
}

/** 2024-06-22T08:30:00.000Z → 20240622T083000Z */
function basicIsoTime(iso: string): string {
  return iso.replace(/\.\d+/, '').replace(/[-:]/g, '');
}
