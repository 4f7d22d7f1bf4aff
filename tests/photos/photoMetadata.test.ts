// Caption, credit, creator, copyright and capture time from a photo's own metadata, written by exiftool the way
// photographers' tools write it: XMP, legacy IIM with and without the 1:90 UTF-8 declaration, EXIF.
import fs from 'node:fs';
import path from 'node:path';
import exifr from 'exifr';
import { describe, expect, it } from 'vitest';
import { cleanCaption, cleanLine } from '../../photos/metadata/metadataText';
import { readPhotoMetadata } from '../../photos/metadata/readPhotoMetadata';
import { useTempDirs } from '../helpers/tempDir';
import { solidImage, twoColourJpeg, useExifTool, writeFile } from './photoFixtures';

const tempDir = useTempDirs('newsdesk-photo-metadata');
const writeTags = useExifTool();

const caption = 'Đồng chí Trần Cẩm Tú, Ủy viên Bộ Chính trị, phát biểu tại Hội nghị';
const credit = 'Ảnh: Thống Nhất/TTXVN';
const creator = 'Nguyễn Thị Hường';
const copyright = '© Thông tấn xã Việt Nam';
const emptyMetadata = { caption: '', credit: '', creator: '', copyright: '', takenAt: null };

async function jpegWith(tags: Record<string, unknown>, extraArgs: string[] = []): Promise<string> {
  const file = writeFile(tempDir(), 'anh.jpg', await twoColourJpeg(64, 48));
  await writeTags(file, tags, extraArgs);
  return file;
}

/** The IIM block as bytes, to check what exiftool really wrote before asserting how we read it. */
function rawBytes(file: string): Buffer {
  return fs.readFileSync(file);
}

describe('readPhotoMetadata', () => {
  it('reads the XMP fields, in Vietnamese, as NFC', async () => {
    const file = await jpegWith({
      'XMP-dc:Description': caption.normalize('NFD'),
      'XMP-photoshop:Credit': credit,
      'XMP-dc:Creator': [creator, 'Minh Khôi'],
      'XMP-dc:Rights': copyright,
      'XMP-exif:DateTimeOriginal': '2022:01:12 09:30:00+07:00',
    });
    expect(await readPhotoMetadata(file, 'jpeg')).toEqual({
      caption,
      credit,
      creator: `${creator}, Minh Khôi`,
      copyright,
      takenAt: '2022-01-12T09:30:00+07:00',
    });
  });

  it('reads IIM declared UTF-8 by 1:90 (which exifr itself turns into mojibake)', async () => {
    const file = await jpegWith({
      'IPTC:CodedCharacterSet': 'UTF8',
      'IPTC:Caption-Abstract': caption,
      'IPTC:Credit': credit,
      'IPTC:By-line': creator,
      'IPTC:CopyrightNotice': copyright,
      'IPTC:DateCreated': '2022:01:12',
      'IPTC:TimeCreated': '09:30:00+07:00',
    });
    expect(rawBytes(file).includes(Buffer.from([0x1c, 0x01, 0x5a, 0x00, 0x03, 0x1b, 0x25, 0x47]))).toBe(true);
    expect(await readPhotoMetadata(file, 'jpeg')).toEqual({ caption, credit, creator, copyright, takenAt: '2022-01-12T09:30:00+07:00' });
    // Why we read IIM ourselves: exifr decodes it as Latin-1 whatever 1:90 says.
    const fromExifr = (await exifr.parse(file, { iptc: true })) as { Caption?: string };
    expect(fromExifr.Caption).not.toBe(caption);
  });

  it('reads IIM written as UTF-8 without 1:90 as UTF-8, not mojibake', async () => {
    const file = await jpegWith({ 'IPTC:Caption-Abstract': caption, 'IPTC:Credit': credit }, ['-charset', 'iptc=UTF8']);
    const bytes = rawBytes(file);
    expect(bytes.includes(Buffer.from([0x1c, 0x01, 0x5a]))).toBe(false);
    expect(bytes.includes(Buffer.from(caption, 'utf8'))).toBe(true);
    expect(await readPhotoMetadata(file, 'jpeg')).toMatchObject({ caption, credit });
  });

  it('reads IIM without 1:90 in Latin-1 as Latin-1', async () => {
    // exiftool's default IIM charset is Latin: "Cà Mau" fits, byte 0xE0 for "à".
    const file = await jpegWith({ 'IPTC:Caption-Abstract': 'Cà Mau, mùa nước nổi', 'IPTC:By-line': 'José Müller' });
    expect(rawBytes(file).includes(Buffer.from('C\xe0 Mau', 'latin1'))).toBe(true);
    // "nước nổi" has letters Latin-1 lacks: exiftool writes "?" for them, and that is what the file holds.
    expect(await readPhotoMetadata(file, 'jpeg')).toMatchObject({ caption: 'Cà Mau, mùa n??c n?i', creator: 'José Müller' });
  });

  it('prefers XMP to IIM, and IIM to EXIF, field by field', async () => {
    const file = await jpegWith({
      'XMP-dc:Description': caption,
      'IPTC:CodedCharacterSet': 'UTF8',
      'IPTC:Caption-Abstract': 'Chú thích cũ trong IIM',
      'IPTC:Credit': credit,
      'IPTC:By-line': creator,
      'EXIF:Artist': 'Camera Owner',
      'EXIF:Copyright': copyright,
      'EXIF:DateTimeOriginal': '2022:01:12 09:30:00',
    });
    expect(await readPhotoMetadata(file, 'jpeg')).toEqual({ caption, credit, creator, copyright, takenAt: '2022-01-12T09:30:00' });
  });

  it('falls back to EXIF Artist, Copyright and DateTimeOriginal with its offset', async () => {
    const file = await jpegWith({
      'EXIF:Artist': creator,
      'EXIF:Copyright': copyright,
      'EXIF:DateTimeOriginal': '2022:01:12 09:30:00',
      'EXIF:OffsetTimeOriginal': '+07:00',
    });
    expect(await readPhotoMetadata(file, 'jpeg')).toEqual({ ...emptyMetadata, creator, copyright, takenAt: '2022-01-12T09:30:00+07:00' });
  });

  it('keeps a caption’s line breaks as \\n, without blank padding; a name is one line', async () => {
    const file = await jpegWith({ 'XMP-dc:Description': `  ${caption}\r\n\r\n\r\nẢnh: tư liệu  `, 'XMP-dc:Creator': ' Minh\nKhôi ' });
    expect(await readPhotoMetadata(file, 'jpeg')).toMatchObject({ caption: `${caption}\n\nẢnh: tư liệu`, creator: 'Minh Khôi' });
  });

  it('drops control characters from metadata text (exiftool cannot write them into XMP; IIM can hold them)', () => {
    expect(cleanCaption('Hội nghị\u0007\u0000 tổng kết\u009b')).toBe('Hội nghị tổng kết');
    expect(cleanLine('TTXVN\t/\u001b Ảnh')).toBe('TTXVN / Ảnh');
  });

  it('ignores an unset camera clock', async () => {
    const file = await jpegWith({ 'EXIF:DateTimeOriginal': '0000:00:00 00:00:00' });
    expect((await readPhotoMetadata(file, 'jpeg')).takenAt).toBeNull();
  });

  it('reads IIM from a TIFF and XMP from a PNG', async () => {
    const dir = tempDir();
    const tiff = writeFile(dir, 'scan.tif', await solidImage('tiff'));
    await writeTags(tiff, { 'IPTC:CodedCharacterSet': 'UTF8', 'IPTC:Caption-Abstract': caption, 'IPTC:Credit': credit });
    expect(await readPhotoMetadata(tiff, 'tiff')).toMatchObject({ caption, credit });
    const png = writeFile(dir, 'do-hoa.png', await solidImage('png'));
    await writeTags(png, { 'XMP-dc:Description': caption, 'XMP-dc:Creator': creator });
    expect(await readPhotoMetadata(png, 'png')).toMatchObject({ caption, creator });
  });

  it('gives empty fields for a photo without metadata, or one exifr cannot parse', async () => {
    const dir = tempDir();
    expect(await readPhotoMetadata(writeFile(dir, 'plain.jpg', await twoColourJpeg(16, 16)), 'jpeg')).toEqual(emptyMetadata);
    expect(await readPhotoMetadata(writeFile(dir, 'plain.webp', await solidImage('webp')), 'webp')).toEqual(emptyMetadata);
    const broken = path.join(dir, 'broken.jpg');
    fs.writeFileSync(broken, Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0x00, 0x10, 0x45, 0x78, 0x69, 0x66, 0, 0, 0x4d, 0x4d, 0, 0x2a]));
    expect(await readPhotoMetadata(broken, 'jpeg')).toEqual(emptyMetadata);
  });
});
