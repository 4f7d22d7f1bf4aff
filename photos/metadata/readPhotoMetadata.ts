// Caption, credit, creator, copyright and capture time from the photo's own metadata, so the reporter never
// types a caption twice. Per field, the first that has it wins: XMP (Unicode by definition), then IPTC-IIM
// (decoded by iimDatasets' charset rule), then EXIF. The field map (IPTC Photo Metadata Standard):
//   caption   dc:description      2:120 Caption-Abstract   —
//   credit    photoshop:Credit    2:110 Credit             —
//   creator   dc:creator          2:80 By-line             IFD0 Artist
//   copyright dc:rights           2:116 Copyright Notice   IFD0 Copyright
//   taken at  exif:DateTimeOriginal / photoshop:DateCreated, EXIF DateTimeOriginal (+ OffsetTimeOriginal),
//             2:55 + 2:60 — the camera's own clock before IIM's separate date and time
// Metadata is best effort: a photo whose metadata cannot be read still imports, with empty fields.
import type exifrModule from 'exifr';
import type { PhotoFormat } from '../sniffFormat';
import { findIim } from './findIim';
import { iimDatasets, iimText, parseIim, type IimDataset } from './iimDatasets';
import { cleanCaption, cleanLine } from './metadataText';
import { exifTakenAt, iimTakenAt, isoTakenAt } from './photoDates';

export interface PhotoMetadata {
  caption: string;
  credit: string;
  creator: string;
  copyright: string;
  takenAt: string | null;
}

type Namespaces = Record<string, Record<string, unknown> | undefined>;

/** exifr reads these; WebP's metadata lives in RIFF chunks it does not parse. */
const exifrFormats = new Set<PhotoFormat>(['jpeg', 'png', 'tiff', 'avif', 'heic']);

export async function readPhotoMetadata(file: string, format: PhotoFormat): Promise<PhotoMetadata> {
  const [xmp, exif, iim] = await Promise.all([readXmp(file, format), readExif(file, format), readIim(file, format)]);
  const iimFirst = (dataset: readonly [number, number], join = false) => {
    const values = iimText(iim, dataset).filter((value) => value.trim() !== '');
    return join ? values.join(', ') : (values[0] ?? '');
  };
  return {
    caption: cleanCaption(first(langAlt(xmp.dc?.description), iimFirst(iimDatasets.captionAbstract))),
    credit: cleanLine(first(text(xmp.photoshop?.Credit), iimFirst(iimDatasets.credit))),
    creator: cleanLine(first(list(xmp.dc?.creator), iimFirst(iimDatasets.byline, true), text(exif.ifd0?.Artist))),
    copyright: cleanLine(first(langAlt(xmp.dc?.rights), iimFirst(iimDatasets.copyrightNotice), text(exif.ifd0?.Copyright))),
    takenAt:
      isoTakenAt(xmp.exif?.DateTimeOriginal) ??
      isoTakenAt(xmp.photoshop?.DateCreated) ??
      exifTakenAt(exif.exif?.DateTimeOriginal, exif.exif?.OffsetTimeOriginal) ??
      iimTakenAt(iimFirst(iimDatasets.dateCreated), iimFirst(iimDatasets.timeCreated)),
  };
}

/** XMP alone: its `exif` namespace would otherwise share exifr's output key with the EXIF block. */
async function readXmp(file: string, format: PhotoFormat): Promise<Namespaces> {
  if (!exifrFormats.has(format)) return {};
  return parseQuietly(file, { tiff: false, xmp: true, iptc: false, icc: false, jfif: false, ihdr: false, mergeOutput: false, reviveValues: false });
}

async function readExif(file: string, format: PhotoFormat): Promise<Namespaces> {
  if (!exifrFormats.has(format)) return {};
  return parseQuietly(file, {
    tiff: true,
    ifd0: { pick: ['Artist', 'Copyright'] },
    exif: { pick: ['DateTimeOriginal', 'OffsetTimeOriginal'] },
    ifd1: false,
    gps: false,
    interop: false,
    makerNote: false,
    userComment: false,
    xmp: false,
    iptc: false,
    icc: false,
    jfif: false,
    ihdr: false,
    mergeOutput: false,
    reviveValues: false,
    translateValues: false,
  });
}

async function readIim(file: string, format: PhotoFormat): Promise<IimDataset[]> {
  const block = await findIim(file, format).catch(() => null);
  return block ? parseIim(block) : [];
}

/** exifr loads on the first photo read, not when the library opens: `newsdesk list` never pays for it. */
async function parseQuietly(file: string, options: Parameters<typeof exifrModule.parse>[1]): Promise<Namespaces> {
  const { default: exifr } = await import('exifr');
  try {
    return ((await exifr.parse(file, options)) as Namespaces | undefined) ?? {};
  } catch {
    return {};
  }
}

function first(...values: string[]): string {
  return values.find((value) => value.trim() !== '') ?? '';
}

function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return '';
}

/** dc:creator is an ordered list; exifr gives a string for one name, an array for several. */
function list(value: unknown): string {
  return Array.isArray(value) ? value.map(text).filter(Boolean).join(', ') : text(value);
}

/** dc:description and dc:rights are language alternatives: x-default first, else Vietnamese, else any. */
function langAlt(value: unknown): string {
  const alternatives = (Array.isArray(value) ? value : [value]).map((item) =>
    item && typeof item === 'object' ? { lang: text((item as { lang?: unknown }).lang), value: text((item as { value?: unknown }).value) } : { lang: '', value: text(item) },
  );
  const pick = alternatives.find((a) => a.lang === 'x-default') ?? alternatives.find((a) => a.lang.toLowerCase().startsWith('vi')) ?? alternatives[0];
  return pick?.value ?? '';
}
