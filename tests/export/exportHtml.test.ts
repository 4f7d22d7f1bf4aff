// The HTML export: one standalone, semantic page per article that the W3C Nu validator passes without a single
// error, in the article's language, with its fonts inside it and its photos beside it (or inside it); and a
// page that carries no script, no event handler and no remote reference, whatever the article's text holds.
import fs from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { exportArticleTo } from '../../export/exportArticleTo';
import { openLibrary, type Library } from '../../library/openLibrary';
import { makeTempDir, removeDir } from '../helpers/tempDir';
import { readSeed } from '../helpers/seed';
import { describeWithTools, tools, validateHtml } from './externalTools';
import { firstCaption, firstFigureCredit, hostile, hostileBody, richBody, secondCaptionLines, seedSapo, seedSlug, seedWithPhotos } from './exportFixtures';

let dir: string;
let library: Library;
const pages: Record<'seed' | 'embedded' | 'hostile' | 'english', string> = { seed: '', embedded: '', hostile: '', english: '' };

beforeAll(async () => {
  dir = makeTempDir('newsdesk-export-html');
  library = openLibrary(path.join(dir, 'library'));
  const { article, photos } = await seedWithPhotos(library, dir);
  pages.seed = (await exportArticleTo(library, article.id, { format: 'html', outDir: path.join(dir, 'seed') })).path;
  pages.embedded = (await exportArticleTo(library, article.id, { format: 'html', outDir: path.join(dir, 'embedded'), embedPhotos: true })).path;
  const bad = library.articles.create({ headline: hostile.headline, sapo: hostile.sapo, body: hostileBody(photos[0]!.id), tags: ['"><meta http-equiv="refresh" content="0;url=https://evil.example/">'] });
  pages.hostile = (await exportArticleTo(library, bad.id, { format: 'html', outDir: path.join(dir, 'hostile') })).path;
  const english = library.articles.create({ headline: 'Party agencies review the first half', body: richBody(), dateline: { place: 'Hà Nội', date: '2024-06-22' }, credit: { role: 'text', names: 'Minh Khôi' } });
  library.db.prepare("UPDATE articles SET language = 'en' WHERE id = ?").run(english.id);
  pages.english = (await exportArticleTo(library, english.id, { format: 'html', outDir: path.join(dir, 'english') })).path;
});

afterAll(() => {
  library.close();
  removeDir(dir);
});

const read = (file: string) => fs.readFileSync(file, 'utf8');
const documentOf = (file: string) => new JSDOM(read(file)).window.document;

describeWithTools('the W3C Nu validator', [tools.java], () => {
  it('finds no error in any exported page: the seed with photos beside it or inside it, a hostile article, an English one', async () => {
    const messages = await validateHtml(Object.values(pages));
    expect(messages.map((message) => `${path.basename(message.url ?? '')}: ${message.message} ${message.extract ?? ''}`)).toEqual([]);
  });
});

it('is a semantic page in the article’s language: header with dateline, h1 and sapo, figures, the credit in a footer', () => {
  expect(path.basename(pages.seed)).toBe(`${seedSlug}.html`);
  const doc = documentOf(pages.seed);
  const seed = readSeed();
  expect(doc.documentElement.lang).toBe('vi');
  expect(doc.title).toBe(seed.headline);
  expect(doc.querySelector('meta[name="author"]')?.getAttribute('content')).toBe('Minh Khôi');
  const article = doc.querySelector('body > article')!;
  expect(article.querySelector('header > p.dateline')?.textContent).toBe('Hà Nội – Thứ Bảy, 22/6/2024');
  expect(article.querySelector('header time')?.getAttribute('datetime')).toBe('2024-06-22');
  expect(article.querySelector('header > h1')?.textContent).toBe(seed.headline);
  expect(article.querySelector('header > p.sapo')?.textContent).toBe(seedSapo);
  expect(doc.querySelectorAll('h1')).toHaveLength(1);
  expect([...article.querySelectorAll(':scope > p')].map((p) => p.textContent)).toEqual(seed.paragraphs);
  const figures = [...article.querySelectorAll(':scope > figure')];
  expect(figures.map((figure) => figure.querySelector('figcaption > p.caption')?.innerHTML)).toEqual([firstCaption, secondCaptionLines.join('<br>')]);
  expect(figures.map((figure) => figure.querySelector('figcaption > p.photo-credit')?.textContent ?? null)).toEqual([firstFigureCredit, null]);
  expect(figures.map((figure) => figure.querySelector('img')?.getAttribute('alt'))).toEqual([firstCaption, secondCaptionLines.join(' ')]);
  expect(article.querySelector(':scope > footer > p.credit')?.textContent).toBe('Tin và ảnh: Minh Khôi');
});

it('puts the photos at display size in <name>_files beside the page, with their pixel size on the img', () => {
  const doc = documentOf(pages.seed);
  const images = [...doc.querySelectorAll('img')];
  expect(images.map((img) => img.getAttribute('src'))).toEqual([`${seedSlug}_files/${seedSlug}-01.jpg`, `${seedSlug}_files/${seedSlug}-02.jpg`]);
  expect(images.map((img) => [img.getAttribute('width'), img.getAttribute('height')])).toEqual([['1200', '800'], ['1200', '800']]);
  expect(fs.readdirSync(path.dirname(pages.seed)).sort()).toEqual([`${seedSlug}.html`, `${seedSlug}_files`]);
  for (const img of images) {
    const file = path.join(path.dirname(pages.seed), img.getAttribute('src')!);
    expect(fs.readFileSync(file).subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
  }
});

it('embeds the photos as data: URLs on request, and then writes the page alone', () => {
  const images = [...documentOf(pages.embedded).querySelectorAll('img')];
  expect(images).toHaveLength(2);
  for (const img of images) expect(img.getAttribute('src')).toMatch(/^data:image\/jpeg;base64,\/9j\//);
  expect(fs.readdirSync(path.dirname(pages.embedded))).toEqual([`${seedSlug}.html`]);
});

it('carries its fonts (Noto Serif and Noto Sans, Latin and Vietnamese) and a print stylesheet for A4', () => {
  const css = documentOf(pages.seed).querySelector('head > style')!.textContent!;
  const faces = css.match(/@font-face\{[^}]*\}/g) ?? [];
  expect(faces).toHaveLength(14);
  expect(faces.every((face) => /src:url\(data:font\/woff2;base64,[A-Za-z0-9+/=]+\) format\('woff2'\)/.test(face))).toBe(true);
  expect(faces.filter((face) => face.includes('U+1EA0-1EF9'))).toHaveLength(7);
  expect(css).toContain('Open Font License');
  expect(css).toMatch(/@page\{size:A4;/);
  expect(css).toMatch(/figure\{[^}]*break-inside:avoid/);
});

it('escapes every text and keeps no script, event handler, frame or remote reference, whatever the article holds', () => {
  const html = read(pages.hostile);
  const doc = documentOf(pages.hostile);
  expect(doc.querySelectorAll('script, iframe, object, embed, base, link, meta[http-equiv="refresh"]')).toHaveLength(0);
  const attributes = [...doc.querySelectorAll('*')].flatMap((element) => [...element.attributes].map((attribute) => attribute.name));
  expect(attributes.filter((name) => name.startsWith('on'))).toEqual([]);
  // The one safe link, percent-encoded as a URL must be; the other links are gone, their text stays.
  expect([...doc.querySelectorAll('[href]')].map((element) => element.getAttribute('href'))).toEqual(['https://vnexpress.net/thoi-su?a=1&b=%3C2%3E']);
  expect(doc.body.textContent).toContain('liên kết javascript:alert(1)');
  const slug = 'tin-script-alert-tieu-de-script-va-ngoac';
  expect([...doc.querySelectorAll('[src]')].map((element) => element.getAttribute('src'))).toEqual([`${slug}_files/${slug}-01.jpg`]);
  // No reference to anything outside the page but that link: no other attribute, nor the stylesheet, names a
  // URL. (URLs the reporter typed as text stay text, escaped.)
  const urlAttributes = new Set(['src', 'srcset', 'href', 'action', 'formaction', 'poster', 'data', 'background', 'cite', 'xlink:href']);
  const references = [...doc.querySelectorAll('*')].flatMap((element) =>
    [...element.attributes].filter((attribute) => urlAttributes.has(attribute.name) && !(element.localName === 'a' && attribute.name === 'href')).map((attribute) => attribute.value),
  );
  expect(references.filter((value) => !value.startsWith('tin-script-alert-tieu-de-script-va-ngoac_files/'))).toEqual([]);
  const css = doc.querySelector('style')!.textContent!;
  expect(css).not.toMatch(/@import|url\((?!data:)/);
  expect(html).toContain('&lt;iframe src=&quot;https://evil.example/&quot;&gt;&lt;/iframe&gt;');
  expect(doc.querySelector('h1')?.textContent).toBe(hostile.headline);
  expect(doc.querySelector('.sapo')?.textContent).toBe(hostile.sapo);
  expect(doc.querySelector('p.caption')?.textContent).toBe(hostile.caption);
  expect(doc.querySelector('p.photo-credit')?.textContent).toBe(hostile.credit);
  expect(doc.querySelector('h2')?.textContent).toBe('<b onmouseover="alert(4)">Tiêu đề phụ</b>');
  expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toMatch(/^default-src 'none'/);
});

it('an English article is lang="en" with its dateline in English; lists, quotes and links come through', () => {
  const doc = documentOf(pages.english);
  expect(doc.documentElement.lang).toBe('en');
  expect(doc.querySelector('p.dateline')?.textContent).toBe('Hà Nội – Saturday, 22 June 2024');
  expect(doc.querySelector('ol')?.getAttribute('start')).toBe('3');
  expect(doc.querySelector('ul ul')?.textContent).toContain('Cá nhân');
  expect(doc.querySelector('blockquote p')?.textContent).toBe('Thi đua là yêu nước, yêu nước thì phải thi đua.');
  expect([...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['https://dangcongsan.vn/bao-cao?nam=2022&ky=1', 'mailto:toasoan@baodanvan.vn']);
  expect(doc.querySelector('p strong')?.textContent).toBe('thống nhất');
  expect(doc.querySelector('p u')?.textContent).toBe('nhiệm vụ');
  expect(doc.querySelector('figure:not(:has(img)) p.caption')?.textContent).toBe('Ảnh tư liệu chờ gắn');
});
