// The DOCX export, read two ways: its XML (named styles on every paragraph, real Word numbering, hyperlinks,
// embedded display-size photos, document properties, the Vietnamese language) and what LibreOffice makes of
// it: every exported DOCX converted to PDF in one LibreOffice run, its text holding the headline, captions,
// credits and body with every Vietnamese mark intact. The seed's pages are also rendered to PNG in
// test-results/export/ for a person to look at.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportArticleTo } from '../../export/exportArticleTo';
import { openLibrary, type Library } from '../../library/openLibrary';
import { readSeed } from '../helpers/seed';
import { makeTempDir, removeDir } from '../helpers/tempDir';
import { describeWithTools, libreOfficeToPdf, run, tools } from './externalTools';
import { firstCaption, firstFigureCredit, hostile, hostileBody, richBody, secondCaptionLines, seedSapo, seedSlug, seedWithPhotos, type SeedWithPhotos } from './exportFixtures';
import { decodeXml, openZip, wordParagraphs, zipBytes, zipNames, zipText } from './zipEntries';

let dir: string;
let library: Library;
let photoArticle: SeedWithPhotos;
const files = { seed: '', rich: '', hostile: '' };
const lookDir = path.resolve(import.meta.dirname, '../../test-results/export');

beforeAll(async () => {
  dir = makeTempDir('newsdesk-export-docx');
  library = openLibrary(path.join(dir, 'library'));
  photoArticle = await seedWithPhotos(library, dir);
  const { article, photos } = photoArticle;
  const out = path.join(dir, 'out');
  files.seed = (await exportArticleTo(library, article.id, { format: 'docx', outDir: out })).path;
  const rich = library.articles.create({ headline: 'Sơ kết thi đua', body: richBody(), credit: { role: 'compiledBy', names: 'Thu Hà' }, tags: ['thi đua', 'Khối'] });
  files.rich = (await exportArticleTo(library, rich.id, { format: 'docx', outDir: out })).path;
  const bad = library.articles.create({ headline: hostile.headline, sapo: hostile.sapo, body: hostileBody(photos[1]!.id) });
  files.hostile = (await exportArticleTo(library, bad.id, { format: 'docx', outDir: out })).path;
});

afterAll(() => {
  library.close();
  removeDir(dir);
});

describe('the DOCX file', () => {
  it('gives every paragraph of the seed its named style, in order', async () => {
    expect(path.basename(files.seed)).toBe(`${seedSlug}.docx`);
    const zip = await openZip(files.seed);
    const seed = readSeed();
    const paragraphs = wordParagraphs(await zipText(zip, 'word/document.xml')).filter((p) => p.style !== 'Normal' || p.text !== '');
    expect(paragraphs).toEqual([
      { style: 'Dateline', text: 'Hà Nội – Thứ Bảy, 22/6/2024' },
      { style: 'Title', text: seed.headline },
      { style: 'Sapo', text: seedSapo },
      { style: 'Figure', text: '' },
      { style: 'Caption', text: firstCaption },
      { style: 'PhotoCredit', text: firstFigureCredit },
      ...seed.paragraphs.slice(0, 7).map((text) => ({ style: 'Normal', text })),
      { style: 'Figure', text: '' },
      { style: 'Caption', text: secondCaptionLines.join('\n') },
      ...seed.paragraphs.slice(7).map((text) => ({ style: 'Normal', text })),
      { style: 'CreditLine', text: 'Tin và ảnh: Minh Khôi' },
    ]);
  });

  it('defines its styles by name, Word’s built-ins where Word has them, in Vietnamese by default', async () => {
    const styles = await zipText(await openZip(files.seed), 'word/styles.xml');
    const named = Object.fromEntries([...styles.matchAll(/<w:style [^>]*w:styleId="([^"]+)"[^>]*><w:name w:val="([^"]+)"\/>/g)].map((m) => [m[1], m[2]]));
    expect(named).toMatchObject({
      Title: 'Title',
      Heading1: 'Heading 1',
      Heading2: 'Heading 2',
      Caption: 'caption',
      Quote: 'Quote',
      ListParagraph: 'List Paragraph',
      Hyperlink: 'Hyperlink',
      Sapo: 'Sapo',
      Dateline: 'Dateline',
      Figure: 'Figure',
      PhotoCredit: 'Photo Credit',
      CreditLine: 'Credit Line',
    });
    expect(styles).toMatch(/<w:rPrDefault><w:rPr>.*<w:lang w:val="vi-VN"\/>/s);
  });

  it('embeds the photos at display size, scaled to the page’s width, with their captions as alt text', async () => {
    const zip = await openZip(files.seed);
    const media = zipNames(zip).filter((name) => name.startsWith('word/media/'));
    expect(media).toHaveLength(2);
    for (const name of media) expect(zipBytes(zip, name).subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    const document = await zipText(zip, 'word/document.xml');
    // 1200 × 800 photos, 642 px of line (A4 less 20 mm margins): 642 × 428 px, in EMU.
    expect([...document.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g)].map((m) => [Number(m[1]) / 9525, Number(m[2]) / 9525])).toEqual([[642, 428], [642, 428]]);
    expect([...document.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) => decodeXml(m[1]!))).toEqual([firstCaption, secondCaptionLines.join(' ')]);
  });

  it('with the originals asked for, embeds each original byte for byte', async () => {
    const { article, photos } = photoArticle;
    const written = await exportArticleTo(library, article.id, { format: 'docx', outDir: path.join(dir, 'full'), photoSize: 'full' });
    const zip = await openZip(written.path);
    const media = zipNames(zip).filter((name) => name.startsWith('word/media/'));
    const hashes = media.map((name) => createHash('sha256').update(zipBytes(zip, name)).digest('hex')).sort();
    expect(hashes).toEqual(photos.map((photo) => photo.hash).sort());
  });

  it('carries the title, the author (the credit line’s names) and the sapo as document properties', async () => {
    const core = await zipText(await openZip(files.seed), 'docProps/core.xml');
    expect(decodeXml(/<dc:title>([^<]*)<\/dc:title>/.exec(core)![1]!)).toBe(readSeed().headline);
    expect(/<dc:creator>([^<]*)<\/dc:creator>/.exec(core)![1]).toBe('Minh Khôi');
    expect(/<dc:description>([^<]*)<\/dc:description>/.exec(core)![1]).toBe(seedSapo);
  });

  it('writes headings as Heading 1/2, lists as Word numbering, links as hyperlinks, quotes in Quote', async () => {
    const zip = await openZip(files.rich);
    const paragraphs = wordParagraphs(await zipText(zip, 'word/document.xml'));
    const styleOf = (text: string) => paragraphs.find((p) => p.text === text);
    expect(styleOf('Kết quả nổi bật')).toEqual({ style: 'Heading1', text: 'Kết quả nổi bật' });
    expect(styleOf('Nhiệm vụ năm 2022')).toEqual({ style: 'Heading2', text: 'Nhiệm vụ năm 2022' });
    expect(['Thi đua yêu nước', 'Khen thưởng kịp thời', 'Cá nhân', 'Tổ chức sơ kết'].map((text) => [styleOf(text)?.style, styleOf(text)?.listLevel])).toEqual([
      ['ListParagraph', 0],
      ['ListParagraph', 0],
      ['ListParagraph', 1],
      ['ListParagraph', 0],
    ]);
    expect(styleOf('Thi đua là yêu nước, yêu nước thì phải thi đua.')?.style).toBe('Quote');
    expect(styleOf('Dòng thứ nhất\ndòng thứ hai')?.style).toBe('Normal');
    expect(styleOf('Ảnh tư liệu chờ gắn')?.style).toBe('Caption');
    const numbering = await zipText(zip, 'word/numbering.xml');
    expect(numbering).toMatch(/<w:lvl w:ilvl="0"[^>]*><w:start w:val="3"\/><w:numFmt w:val="decimal"\/>/);
    expect(numbering).toMatch(/<w:numFmt w:val="bullet"\/>/);
    const rels = await zipText(zip, 'word/_rels/document.xml.rels');
    const links = [...rels.matchAll(/Target="([^"]+)" TargetMode="External"/g)].map((m) => decodeXml(m[1]!));
    expect(links.sort()).toEqual(['https://dangcongsan.vn/bao-cao?nam=2022&ky=1', 'mailto:toasoan@baodanvan.vn']);
    const core = await zipText(zip, 'docProps/core.xml');
    expect(/<cp:keywords>([^<]*)<\/cp:keywords>/.exec(core)?.[1]).toBe('thi đua, Khối');
  });

  it('keeps a hostile text as text, and only the allowed link as a hyperlink', async () => {
    const zip = await openZip(files.hostile);
    const texts = wordParagraphs(await zipText(zip, 'word/document.xml')).map((p) => p.text);
    expect(texts).toEqual(expect.arrayContaining([hostile.headline, hostile.sapo, hostile.paragraph, hostile.caption, hostile.credit]));
    const rels = await zipText(zip, 'word/_rels/document.xml.rels');
    expect([...rels.matchAll(/TargetMode="External"/g)]).toHaveLength(1);
    expect(rels).toContain('Target="https://vnexpress.net/thoi-su?a=1&amp;b=%3C2%3E"');
  });
});

describeWithTools('LibreOffice opens every exported DOCX', [tools.libreoffice, tools.poppler], () => {
  const texts: Record<keyof typeof files, string> = { seed: '', rich: '', hostile: '' };
  let pdfs: Record<keyof typeof files, string>;

  beforeAll(async () => {
    const outDir = path.join(dir, 'libreoffice');
    await libreOfficeToPdf(Object.values(files), outDir, path.join(dir, 'lo-profile'));
    pdfs = { seed: '', rich: '', hostile: '' };
    for (const key of Object.keys(files) as (keyof typeof files)[]) {
      pdfs[key] = path.join(outDir, `${path.basename(files[key], '.docx')}.pdf`);
      // Lines joined (LibreOffice wraps long paragraphs, the words stay), the footers' page numbers left out.
      const lines = (await run('pdftotext', ['-enc', 'UTF-8', pdfs[key], '-'])).stdout.normalize('NFC').split(/[\n\f]/);
      texts[key] = lines.filter((line) => !/^\s*\d+\s*$/.test(line)).join(' ').replace(/\s+/g, ' ');
    }
  }, 240_000);

  const oneLine = (text: string) => text.replace(/\s+/g, ' ');

  it('the seed’s PDF holds its headline, sapo, captions, credits and every paragraph, Vietnamese intact', async () => {
    const seed = readSeed();
    for (const expected of [seed.headline, seedSapo, firstCaption, firstFigureCredit, ...secondCaptionLines, 'Tin và ảnh: Minh Khôi', 'Hà Nội – Thứ Bảy, 22/6/2024', ...seed.paragraphs]) {
      expect(texts.seed).toContain(oneLine(expected));
    }
    fs.mkdirSync(lookDir, { recursive: true });
    await run('pdftoppm', ['-r', '60', '-png', pdfs.seed, path.join(lookDir, 'seed-docx')]);
    expect(fs.readdirSync(lookDir).filter((name) => name.startsWith('seed-docx-')).length).toBeGreaterThanOrEqual(2);
  });

  it('sets every Vietnamese letter in the styles’ own fonts, none borrowed from a fallback font', async () => {
    // Times New Roman and Arial become Liberation Serif and Sans on Linux; fonts-liberation2 has every
    // Vietnamese letter (the older fonts-liberation does not, and LibreOffice then mixes fonts inside words).
    const fonts = (await run('pdffonts', [pdfs.seed])).stdout.split('\n').slice(2).filter(Boolean).map((line) => line.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''));
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((font) => !font.startsWith('Liberation')), 'install fonts-liberation2').toEqual([]);
  });

  it('the rich and the hostile articles come through as text', () => {
    for (const expected of ['Kết quả nổi bật', 'Thi đua yêu nước', 'Cá nhân', 'Thi đua là yêu nước, yêu nước thì phải thi đua.', 'báo cáo đầy đủ', 'Tổng hợp: Thu Hà']) {
      expect(texts.rich).toContain(expected);
    }
    for (const expected of [hostile.headline, hostile.caption, hostile.credit]) expect(texts.hostile).toContain(oneLine(expected));
  });
});
