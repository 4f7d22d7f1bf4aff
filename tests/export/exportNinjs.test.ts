// The NINJS export validated against IPTC's own ninjs 3.1 schema (tests/export/fixtures, CC BY 4.0) with
// Ajv's 2020-12 build, then field by field: what a CMS reads from it must be the article as the reporter wrote
// it, and each picture's renditions must point at files that exist beside it.
import fs from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countCharacters } from '../../common/text/countText';
import { documentToPlainText } from '../../common/text/documentText';
import type { Article } from '../../contract/schemas/article';
import type { Photo } from '../../contract/schemas/photo';
import { exportArticleTo } from '../../export/exportArticleTo';
import { openLibrary, type Library } from '../../library/openLibrary';
import { makeTempDir, removeDir } from '../helpers/tempDir';
import { readSeed } from '../helpers/seed';
import { firstCaption, firstFigureCredit, photoCopyright, photoCreator, secondCaptionLines, seedSapo, seedSlug, seedWithPhotos } from './exportFixtures';

const schema = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'fixtures', 'ninjs-schema_3.1.json'), 'utf8')) as object;
// In draft 2020-12 `format` is an annotation unless a schema opts into format assertion, and ninjs does not:
// hrefs relative to the file are what a package needs. Dates and the uri are checked by hand below.
// Strict, except for the schema's own habit of listing `required` properties defined in a sibling branch.
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, validateFormats: false });
// ninjs refers to the GeoJSON schema for a place's geometry; the tests run offline and we write no places,
// so any object stands in for it.
ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json', type: 'object' });
const validate = ajv.compile(schema);

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

  it('the schema check is real: a wrong type, a stray property or a picture without its uri fails it', () => {
    expect(validate({ ...item, type: 'article' })).toBe(false);
    expect(validate({ ...item, wordcount: 871 })).toBe(false);
    const [first, ...rest] = item.associations;
    const { uri: _uri, ...withoutUri } = first!;
    expect(validate({ ...item, associations: [withoutUri, ...rest] })).toBe(false);
  });

  it('maps the article: uri from its uuid, version, times, status, language, headline, sapo, body, by, located', () => {
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
      by: 'Tin và ảnh: Minh Khôi',
      located: 'Hà Nội',
      subjects: [
        { name: 'Chính trị', rel: 'section' },
        { name: 'thi đua', rel: 'tag' },
        { name: 'Ban Dân vận', rel: 'tag' },
      ],
    });
    for (const time of [item.firstCreated, item.versionCreated]) expect(new Date(time as string).toISOString()).toBe(time);
    const [body] = item.bodies;
    expect(body).toMatchObject({ role: 'main', contentType: 'text/html', wordCount: 871, charCount: countCharacters(documentToPlainText(article.body)) });
    for (const paragraph of seed.paragraphs) expect(body!.value as string).toContain(`<p>${paragraph.replace(/&/g, '&amp;')}</p>`);
    expect(body!.value as string).toContain(`<img src="${seedSlug}_files/${seedSlug}-1.jpg" alt="${firstCaption}" width="1200" height="800">`);
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

  it('has one picture per photo: caption, creator, copyright holder and notice, renditions of files beside it', () => {
    expect(item.associations).toEqual([
      {
        name: 'picture-1',
        rel: 'picture',
        uri: `urn:newsdesk:photo:sha256:${photos[0]!.hash}`,
        type: 'picture',
        descriptions: [{ role: 'caption', contentType: 'text/plain', value: firstCaption }],
        by: photoCreator,
        copyrightHolder: firstFigureCredit,
        copyrightNotice: photoCopyright,
        renditions: [{ name: 'display', href: `${seedSlug}_files/${seedSlug}-1.jpg`, contentType: 'image/jpeg', width: 1200, height: 800 }],
      },
      {
        name: 'picture-2',
        rel: 'picture',
        uri: `urn:newsdesk:photo:sha256:${photos[1]!.hash}`,
        type: 'picture',
        descriptions: [{ role: 'caption', contentType: 'text/plain', value: secondCaptionLines.join('\n') }],
        by: photoCreator,
        copyrightHolder: photoCreator,
        copyrightNotice: photoCopyright,
        renditions: [{ name: 'display', href: `${seedSlug}_files/${seedSlug}-2.jpg`, contentType: 'image/jpeg', width: 1200, height: 800 }],
      },
    ]);
    for (const picture of item.associations as unknown as { renditions: { href: string }[] }[]) {
      expect(fs.existsSync(path.join(path.dirname(file), picture.renditions[0]!.href))).toBe(true);
    }
  });

  it('with the originals asked for, the renditions are the originals', async () => {
    const written = await exportArticleTo(library, article.id, { format: 'ninjs', outDir: path.join(dir, 'full'), photoSize: 'full' });
    const full = JSON.parse(fs.readFileSync(written.path, 'utf8')) as { associations: { renditions: unknown[] }[] };
    expect(validate(full)).toBe(true);
    expect(full.associations[0]!.renditions).toEqual([{ name: 'original', href: `${seedSlug}_files/${seedSlug}-1.jpg`, contentType: 'image/jpeg', width: 1200, height: 800 }]);
  });
});
