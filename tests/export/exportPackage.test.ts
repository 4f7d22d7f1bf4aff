// The hand-off package: one zip, named after the article, holding the DOCX, the HTML page with its photo
// folder, the NINJS, the plain text and the original photos, each photo carrying its caption, credit, creator
// and copyright in XMP and in IIM (UTF-8, declared by 1:90). Unzipped here and read back with exiftool, and
// with the photo import's own metadata reader, as a CMS or a photo desk would read it.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ExifTool } from 'exiftool-vendored';
import { JSDOM } from 'jsdom';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../contract/schemas/article';
import type { Photo } from '../../contract/schemas/photo';
import { exportArticleTo } from '../../export/exportArticleTo';
import { packagePathOfHref } from '../../export/ninjs/ninjsHref';
import { exportPlainText } from '../../export/plainText/exportPlainText';
import { readPhotoMetadata } from '../../photos/metadata/readPhotoMetadata';
import { openLibrary, type Library } from '../../library/openLibrary';
import { makeTempDir, removeDir } from '../helpers/tempDir';
import { firstCaption, firstFigureCredit, photoCopyright, photoCreator, secondCaptionLines, seedSlug, seedWithPhotos } from './exportFixtures';
import { validateNinjs } from './ninjsSchema';
import { openZip, wordParagraphs, zipBytes, zipNames, zipText } from './zipEntries';

let dir: string;
let library: Library;
let article: Article;
let photos: Photo[];
let zipFile: string;
let unpacked: string;
let progress: string[];
const exiftool = new ExifTool({ maxProcs: 1 });

beforeAll(async () => {
  dir = makeTempDir('newsdesk-export-zip');
  library = openLibrary(path.join(dir, 'library'));
  ({ article, photos } = await seedWithPhotos(library, dir));
  progress = [];
  zipFile = (await exportArticleTo(library, article.id, { format: 'zip', outDir: path.join(dir, 'out') }, { onProgress: (step) => progress.push(`${step.phase} ${step.done}/${step.total}`) })).path;
  unpacked = path.join(dir, 'unpacked');
  const zip = await openZip(zipFile);
  for (const name of zipNames(zip)) {
    fs.mkdirSync(path.dirname(path.join(unpacked, name)), { recursive: true });
    fs.writeFileSync(path.join(unpacked, name), zipBytes(zip, name));
  }
}, 120_000);

afterAll(async () => {
  await exiftool.end();
  library.close();
  removeDir(dir);
});

describe('the hand-off package', () => {
  it('is one zip named after the article, laid out for an editor and a CMS', async () => {
    expect(path.basename(zipFile)).toBe(`${seedSlug}.zip`);
    expect(fs.readdirSync(path.dirname(zipFile))).toEqual([`${seedSlug}.zip`]);
    expect(zipNames(await openZip(zipFile))).toEqual([
      `${seedSlug}.docx`,
      `${seedSlug}.html`,
      `${seedSlug}.ninjs.json`,
      `${seedSlug}.txt`,
      `${seedSlug}_files/OFL-fonts.txt`,
      `${seedSlug}_files/${seedSlug}-01.jpg`,
      `${seedSlug}_files/${seedSlug}-02.jpg`,
      `photos/${seedSlug}-01.jpg`,
      `photos/${seedSlug}-02.jpg`,
    ]);
  });

  it('writes the caption, creator, credit and copyright into every photo, XMP and IIM alike, readable by exiftool', async () => {
    const expected = [
      { caption: firstCaption, credit: firstFigureCredit },
      { caption: secondCaptionLines.join('\n'), credit: '' },
    ];
    for (const folder of ['photos', `${seedSlug}_files`]) {
      for (const [index, { caption, credit }] of expected.entries()) {
        const file = path.join(unpacked, folder, `${seedSlug}-0${index + 1}.jpg`);
        const tags = (await exiftool.read(file, { readArgs: ['-G1', '-charset', 'iptc=UTF8'] } as never)) as Record<string, unknown>;
        expect(tags, `${folder} ${index + 1}`).toMatchObject({
          'XMP-dc:Description': caption,
          'XMP-dc:Creator': [photoCreator],
          'XMP-dc:Rights': photoCopyright,
          'IPTC:CodedCharacterSet': 'UTF8',
          'IPTC:Caption-Abstract': caption,
          'IPTC:By-line': photoCreator,
          'IPTC:CopyrightNotice': photoCopyright,
          'IFD0:ImageDescription': caption,
          'IFD0:Artist': photoCreator,
        });
        if (credit) expect(tags).toMatchObject({ 'XMP-photoshop:Credit': credit, 'IPTC:Credit': credit });
        else expect(tags['XMP-photoshop:Credit'] ?? tags['IPTC:Credit']).toBeUndefined();
        // The 1:90 dataset declaring UTF-8 (ESC % G), and the caption's UTF-8 bytes in the file.
        const bytes = fs.readFileSync(file);
        expect(bytes.includes(Buffer.from([0x1c, 0x01, 0x5a, 0x00, 0x03, 0x1b, 0x25, 0x47]))).toBe(true);
        expect(bytes.includes(Buffer.from(caption.split('\n')[0]!, 'utf8'))).toBe(true);
      }
    }
  });

  it('the photo import’s own reader finds the same, so a package photo imported again keeps its caption', async () => {
    expect(await readPhotoMetadata(path.join(unpacked, 'photos', `${seedSlug}-01.jpg`), 'jpeg')).toMatchObject({
      caption: firstCaption,
      credit: firstFigureCredit,
      creator: photoCreator,
      copyright: photoCopyright,
    });
  });

  it('holds the originals at full resolution and the display size for the page; the store’s files are untouched', async () => {
    for (const [index, photo] of photos.entries()) {
      expect(await sharp(path.join(unpacked, 'photos', `${seedSlug}-0${index + 1}.jpg`)).metadata()).toMatchObject({ width: photo.width, height: photo.height });
      const original = await library.photos.photoFile(photo.id, 'original');
      expect(createHash('sha256').update(fs.readFileSync(original.path)).digest('hex')).toBe(photo.hash);
    }
  });

  it('its page shows the photos from its folder; its NINJS points at both files of each photo, sized as zipped', async () => {
    const page = new JSDOM(fs.readFileSync(path.join(unpacked, `${seedSlug}.html`), 'utf8')).window.document;
    const sources = [...page.querySelectorAll('img')].map((img) => img.getAttribute('src')!);
    expect(sources).toEqual([`${seedSlug}_files/${seedSlug}-01.jpg`, `${seedSlug}_files/${seedSlug}-02.jpg`]);
    type Rendition = { name: string; href: string; width: number; sizeInBytes: number };
    const item = JSON.parse(fs.readFileSync(path.join(unpacked, `${seedSlug}.ninjs.json`), 'utf8')) as { uri: string; associations: { renditions: Rendition[] }[] };
    expect(validateNinjs(item), JSON.stringify(validateNinjs.errors)).toBe(true);
    const base = `app://${article.uuid}/`;
    expect(item.uri).toBe(`urn:uuid:${article.uuid}`);
    expect(item.associations.map((picture) => picture.renditions.map((rendition) => [rendition.name, rendition.href, rendition.width]))).toEqual([
      [['original', `${base}photos/${seedSlug}-01.jpg`, 1200], ['display', `${base}${seedSlug}_files/${seedSlug}-01.jpg`, 1200]],
      [['original', `${base}photos/${seedSlug}-02.jpg`, 1200], ['display', `${base}${seedSlug}_files/${seedSlug}-02.jpg`, 1200]],
    ]);
    const zip = await openZip(zipFile);
    for (const rendition of item.associations.flatMap((picture) => picture.renditions)) {
      const name = packagePathOfHref(article.uuid, rendition.href)!;
      // The file in the zip, byte for byte as sized: captions were written in before the size was taken.
      expect(rendition.sizeInBytes).toBe(zipBytes(zip, name).length);
      expect(rendition.sizeInBytes).toBe(fs.statSync(path.join(unpacked, name)).size);
    }
    const original = await library.photos.photoFile(photos[0]!.id, 'original');
    expect(item.associations[0]!.renditions[0]!.sizeInBytes).toBeGreaterThan(fs.statSync(original.path).size);
  });

  it('its DOCX and text are the article’s own exports', async () => {
    const docx = await openZip(path.join(unpacked, `${seedSlug}.docx`));
    expect(wordParagraphs(await zipText(docx, 'word/document.xml')).filter((p) => p.style === 'Caption').map((p) => p.text)).toEqual([firstCaption, secondCaptionLines.join('\n')]);
    expect(fs.readFileSync(path.join(unpacked, `${seedSlug}.txt`), 'utf8')).toBe(exportPlainText(library.articles.get(article.id)));
    expect(fs.readFileSync(path.join(unpacked, `${seedSlug}_files`, 'OFL-fonts.txt'), 'utf8')).toContain('SIL OPEN FONT LICENSE Version 1.1');
  });

  it('reports its progress phase by phase, ending with every entry packed', () => {
    expect(progress[0]).toBe('photos 0/1');
    expect(progress).toContain('writing 2/2');
    expect(progress.at(-1)).toBe('packaging 9/9');
  });
});
