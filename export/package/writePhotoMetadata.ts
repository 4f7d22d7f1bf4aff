// Writes a photo's caption, credit, creator and copyright into its own file, so the photo keeps them in any
// CMS or photo tool after it leaves the package: XMP (Unicode by definition), IIM (legacy IPTC, which most
// photo desks still read; UTF-8, declared by dataset 1:90 CodedCharacterSet) and the EXIF fields that hold
// the same facts, so no stale value contradicts the others. An empty field is removed, never left as it was:
// the file says what the article says. The field map (IPTC Photo Metadata Standard):
//   caption    dc:description     2:120 Caption-Abstract   IFD0 ImageDescription
//   creator    dc:creator         2:80 By-line             IFD0 Artist
//   credit     photoshop:Credit   2:110 Credit             —
//   copyright  dc:rights          2:116 CopyrightNotice    IFD0 Copyright
import { ExifTool, type WriteTags } from 'exiftool-vendored';

export interface PhotoFacts {
  caption: string;
  credit: string;
  creator: string;
  copyright: string;
}

/** Formats whose files carry IIM; the others (PNG, WebP, AVIF) get XMP and EXIF only. */
const iimMimes = new Set(['image/jpeg', 'image/tiff']);

export class PhotoMetadataWriter {
  private exiftool: ExifTool | undefined;

  /** exiftoolPath: a given exiftool instead of exiftool-vendored's own (the package check runs the packaged one). */
  constructor(private readonly options: { exiftoolPath?: string } = {}) {}

  async write(file: string, mime: string, facts: PhotoFacts): Promise<void> {
    const { exiftoolPath } = this.options;
    this.exiftool ??= new ExifTool({ maxProcs: 1, ...(exiftoolPath ? { exiftoolPath } : {}) });
    const value = (text: string) => (text.trim() === '' ? null : text);
    const tags: Record<string, unknown> = {
      'XMP-dc:Description': value(facts.caption),
      'XMP-dc:Creator': facts.creator.trim() === '' ? null : [facts.creator],
      'XMP-photoshop:Credit': value(facts.credit),
      'XMP-dc:Rights': value(facts.copyright),
      'EXIF:ImageDescription': value(facts.caption),
      'EXIF:Artist': value(facts.creator),
      'EXIF:Copyright': value(facts.copyright),
    };
    if (iimMimes.has(mime)) {
      Object.assign(tags, {
        'IPTC:CodedCharacterSet': 'UTF8',
        'IPTC:Caption-Abstract': value(facts.caption),
        'IPTC:By-line': value(facts.creator),
        'IPTC:Credit': value(facts.credit),
        'IPTC:CopyrightNotice': value(facts.copyright),
      });
    }
    await this.exiftool.write(file, tags as WriteTags, { writeArgs: ['-overwrite_original', '-charset', 'iptc=UTF8'] });
  }

  /** Ends the exiftool process; the writer may be used again after. */
  async end(): Promise<void> {
    const exiftool = this.exiftool;
    this.exiftool = undefined;
    await exiftool?.end();
  }
}
