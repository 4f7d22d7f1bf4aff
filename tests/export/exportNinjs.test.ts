// The NINJS export validated against IPTC's own ninjs 3.1 schema with formats checked (./ninjsSchema.ts),
// then field by field: what a CMS reads from it must be the article as the reporter wrote
// it, and each picture's renditions must point at files that exist beside it.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countCharacters } from '../../common/text/countText';
import { documentToPlainText } from '../../common/text/documentText';
import type { Article } from '../../contract/schemas/article';
import type { Photo } from '../../contract/schemas/photo';
import { exportArticleTo } from '../../export/exportArticleTo';
import { openLibrary, type Library } from '../../library/openLibrary';
import { makeTempDir, removeDir } from '../helpers/tempDir';
import { readSeed } from '../helpers/seed';
import { packagePathOfHref } from '../../export/ninjs/ninjsHref';
import { validateNinjs } from './ninjsSchema';
import { firstCaption, firstFigureCredit, photoCopyright, photoCreator, secondCaptionLines, seedSapo, seedSlug, seedWithPhotos } from './exportFixtures';

const validate = validateNinjs;

let dir: string;
let library: Library;
let article: Article;
let photos: Photo[];
let file: string;
/** The NINJS as written: checked against the schema, then read field by field. */
let item: Record<string, unknown> & { associations: Record<string, unknown>[]; bodies: Record<string, unknown>[] };

beforeAll(async () => {
  dir = makeTempDir('newsdesk-export-ninjs');
  library = openLibrary(path.join(dir, 'library'));
  ({ article, photos } = await seedWithPhotos(library, dir));
  library.articles.update(article.id, { section: 'Chính trị', tags: ['thi đua', 'Ban Dân vận'] });
  article = library.articles.get(article.id);
  file = (await exportArticleTo(library, article.id, { format: 'ninjs', outDir: path.join(dir, 'out') })).path;
  item = JSON.parse(fs.readFileSync(file, 'utf8')) as typeof item;
});

afterAll(() => {
  library.close();
  removeDir(dir);
});

describe('the NINJS export', () => {
  it('is valid ninjs 3.1', () => {
    expect(path.basename(file)).toBe(`${seedSlug}.ninjs.json`);
    const valid = validate(item);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the schema check is real: a wrong type, a stray property, a picture without its uri or a relative href fails it', () => {
    expect(validate({ ...item, type: 'article' })).toBe(false);
    expect(validate({ ...item, contentCreated: '2024-06-22' })).toBe(false);
    const picture = item.associations[0]!;
    const relative = { ...picture, renditions: [{ name: 'display', href: `${seedSlug}_files/${seedSlug}-01.jpg` }] };
    expect(validate({ ...item, associations: [relative] })).toBe(false);
    expect(validate({ ...item, wordcount: 871 })).toBe(false);
    const [first, ...rest] = item.associations;
    const { uri: _uri, ...withoutUri } = first!;
    expect(validate({ ...item, associations: [withoutUri, ...rest] })).toBe(false);
  });

  it('maps the article: uri from its uuid, version, times, the dateline date, status, language, headline, sapo, body, by, located', () => {
    const seed = readSeed();
    expect(item).toMatchObject({
      uri: `urn:uuid:${article.uuid}`,
      standard: { name: 'ninjs', version: '3.1', schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#' },
      type: 'text',
      representationType: 'full',
      profile: 'text-photo',
      version: article.updated.replace(/\.\d+/, '').replace(/[-:]/g, ''),
      firstCreated: article.created,
      versionCreated: article.updated,
      pubStatus: 'withheld',
      language: 'vi',
      slugline: seedSlug,
      headlines: [{ role: 'main', value: seed.headline }],
      descriptions: [{ role: 'summary', contentType: 'text/plain', value: seedSapo }],
      by: 'Minh Khôi',
      infoSources: [
        { name: 'Minh Khôi', role: 'writer' },
        { name: 'Minh Khôi', role: 'photographer' },
      ],
      located: 'Hà Nội',
      subjects: [
        { name: 'Chính trị', rel: 'section' },
        { name: 'thi đua', rel: 'tag' },
        { name: 'Ban Dân vận', rel: 'tag' },
      ],
    });
    for (const time of [item.firstCreated, item.versionCreated]) expect(new Date(time as string).toISOString()).toBe(time);
    // The dateline's day, at midnight where the export was made.
    expect(item.contentCreated).toMatch(/^2024-06-22T00:00:00[+-]\d\d:\d\d$/);
    expect(new Date(item.contentCreated as string).getTime()).toBe(new Date(2024, 5, 22).getTime());
    const [body] = item.bodies;
    expect(body).toMatchObject({ role: 'main', contentType: 'text/html', wordCount: 871, charCount: countCharacters(documentToPlainText(article.body)) });
    for (const paragraph of seed.paragraphs) expect(body!.value as string).toContain(`<p>${paragraph.replace(/&/g, '&amp;')}</p>`);
    expect(body!.value as string).toContain(`<img src="${seedSlug}_files/${seedSlug}-01.jpg" alt="${firstCaption}" width="1200" height="800">`);
  });

  it('a filed article is "usable"; a draft or a ready one is "withheld"', async () => {
    const statuses: string[] = [];
    for (const status of ['ready', 'filed'] as const) {
      library.articles.setStatus(article.id, status);
      const written = await exportArticleTo(library, article.id, { format: 'ninjs', outDir: path.join(dir, status) });
      statuses.push((JSON.parse(fs.readFileSync(written.path, 'utf8')) as { pubStatus: string }).pubStatus);
    }
    expect(statuses).toEqual(['withheld', 'usable']);
  });

  it('has one picture per photo: caption, creator, credit, copyright holder and notice, renditions of files beside it', () => {
    const size = (n: string) => fs.statSync(path.join(path.dirname(file), `${seedSlug}_files`, `${seedSlug}-${n}.jpg`)).size;
    expect(item.associations).toEqual([
      {
        name: 'picture-1',
        rel: 'picture',
        uri: `urn:newsdesk:photo:sha256:${photos[0]!.hash}`,
        type: 'picture',
        descriptions: [{ role: 'caption', contentType: 'text/plain', value: firstCaption }],
        by: photoCreator,
        infoSources: [{ name: firstFigureCredit, role: 'creditline' }],
        copyrightHolder: 'Báo Dân vận',
        copyrightNotice: photoCopyright,
        renditions: [{ name: 'display', href: `app://${article.uuid}/${seedSlug}_files/${seedSlug}-01.jpg`, contentType: 'image/jpeg', width: 1200, height: 800, sizeInBytes: size('01') }],
      },
      {
        name: 'picture-2',
        rel: 'picture',
        uri: `urn:newsdesk:photo:sha256:${photos[1]!.hash}`,
        type: 'picture',
        descriptions: [{ role: 'caption', contentType: 'text/plain', value: secondCaptionLines.join('\n') }],
        by: photoCreator,
        copyrightHolder: 'Báo Dân vận',
        copyrightNotice: photoCopyright,
        renditions: [{ name: 'display', href: `app://${article.uuid}/${seedSlug}_files/${seedSlug}-02.jpg`, contentType: 'image/jpeg', width: 1200, height: 800, sizeInBytes: size('02') }],
      },
    ]);
    for (const picture of item.associations as unknown as { renditions: { href: string }[] }[]) {
      const relative = packagePathOfHref(article.uuid, picture.renditions[0]!.href);
      expect(relative).toMatch(/^khoi-.*_files\/khoi-.*-0[12]\.jpg$/);
      expect(fs.existsSync(path.join(path.dirname(file), relative!))).toBe(true);
    }
  });

  it('with the originals asked for, the renditions are the originals', async () => {
    const written = await exportArticleTo(library, article.id, { format: 'ninjs', outDir: path.join(dir, 'full'), photoSize: 'full' });
    const full = JSON.parse(fs.readFileSync(written.path, 'utf8')) as { associations: { renditions: unknown[] }[] };
    expect(validate(full)).toBe(true);
    const sizeInBytes = fs.statSync(path.join(dir, 'full', `${seedSlug}_files`, `${seedSlug}-01.jpg`)).size;
    expect(full.associations[0]!.renditions).toEqual([{ name: 'original', href: `app://${article.uuid}/${seedSlug}_files/${seedSlug}-01.jpg`, contentType: 'image/jpeg', width: 1200, height: 800, sizeInBytes }]);
  });

  it('embedded photos are data: URIs, sized by their bytes, and still valid with formats checked', async () => {
    const written = await exportArticleTo(library, article.id, { format: 'ninjs', outDir: path.join(dir, 'embedded'), embedPhotos: true });
    const embedded = JSON.parse(fs.readFileSync(written.path, 'utf8')) as { associations: { renditions: { href: string; sizeInBytes: number }[] }[] };
    expect(validate(embedded)).toBe(true);
    const [rendition] = embedded.associations[0]!.renditions;
    expect(rendition!.href).toMatch(/^data:image\/jpeg;base64,/);
    expect(rendition!.sizeInBytes).toBe(Buffer.from(rendition!.href.split(',')[1]!, 'base64').length);
  });

  it('a figure still waiting for its photo stays out of the body; the photos\' figures stay in', async () => {
    const body = structuredClone(article.body);
    body.content!.push({ type: 'figure', attrs: { photoId: null, credit: 'Ảnh: TTXVN' }, content: [{ type: 'text', text: 'Ảnh chờ gắn' }] });
    const other = library.articles.create({ headline: 'Bài có ảnh chờ', body });
    const written = await exportArticleTo(library, other.id, { format: 'ninjs', outDir: path.join(dir, 'waiting') });
    const exported = JSON.parse(fs.readFileSync(written.path, 'utf8')) as { bodies: { value: string }[] };
    expect(validate(exported)).toBe(true);
    expect(exported.bodies[0]!.value).not.toContain('Ảnh chờ gắn');
    expect(exported.bodies[0]!.value).toContain(firstCaption);
    expect(exported.bodies[0]!.value.match(/<figure>/g)).toHaveLength(2);
  });
});
