// The packaged exiftool, without the documentation, translations and geolocation data the package leaves out,
// still does what the app asks of it: the app's own photo metadata writer writes a caption, creator, credit and
// copyright in Vietnamese into a JPEG (XMP, IPTC IIM, EXIF), and reading the file back gives them unchanged.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ExifTool } from 'exiftool-vendored';
import sharp from 'sharp';
import { PhotoMetadataWriter, type PhotoFacts } from '../../export/package/writePhotoMetadata';
import type { Finding } from './findings';

const facts: PhotoFacts = {
  caption: 'Người dân Đà Nẵng dọn dẹp sau bão'.normalize('NFC'),
  creator: 'Nguyễn Thị Hương'.normalize('NFC'),
  credit: 'Báo Tuổi Trẻ'.normalize('NFC'),
  copyright: '© 2026 Đặng Văn Lâm'.normalize('NFC'),
};

/** Tag read back (exiftool's -G1 group:name) → the fact it must hold. */
const expected: Record<string, string> = {
  'XMP-dc:Description': facts.caption,
  'XMP-dc:Creator': facts.creator,
  'XMP-photoshop:Credit': facts.credit,
  'XMP-dc:Rights': facts.copyright,
  'IPTC:Caption-Abstract': facts.caption,
  'IPTC:By-line': facts.creator,
  'IPTC:Credit': facts.credit,
  'IPTC:CopyrightNotice': facts.copyright,
  'IFD0:ImageDescription': facts.caption,
  'IFD0:Artist': facts.creator,
};

/** unpackedDir: resources/app.asar.unpacked, where the packaged exiftool sits. */
export async function checkPackagedExiftool(unpackedDir: string): Promise<Finding[]> {
  const exiftoolPath = path.join(unpackedDir, 'node_modules', 'exiftool-vendored.pl', 'bin', 'exiftool');
  if (!fs.existsSync(exiftoolPath)) return [{ kind: 'missing', what: `exiftool at ${exiftoolPath}` }];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-package-exiftool-'));
  const photo = path.join(dir, 'photo.jpg');
  const writer = new PhotoMetadataWriter({ exiftoolPath });
  const reader = new ExifTool({ exiftoolPath, maxProcs: 1 });
  try {
    await sharp({ create: { width: 32, height: 24, channels: 3, background: '#3366aa' } }).jpeg().toFile(photo);
    await writer.write(photo, 'image/jpeg', facts);
    const tags = (await reader.readRaw(photo, { readArgs: ['-G1', '-charset', 'iptc=UTF8'] })) as Record<string, unknown>;
    return Object.entries(expected)
      .filter(([tag, value]) => [tags[tag]].flat()[0] !== value)
      .map(([tag, value]) => ({ kind: 'wrong', what: `the packaged exiftool wrote ${tag}=${JSON.stringify(tags[tag])}, not ${JSON.stringify(value)}` }));
  } catch (error) {
    return [{ kind: 'wrong', what: `the packaged exiftool could not write and read a photo's metadata: ${error instanceof Error ? error.message : String(error)}` }];
  } finally {
    await Promise.all([writer.end(), reader.end()]);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
