// The Markdown export, validated by parsing it back with markdown-it (CommonMark, and with raw HTML switched
// on, as a lenient tool would read it): the headline is the one h1, each figure an image paragraph and an
// italic caption paragraph, formatting nests as written, and no text of the article ever becomes HTML.
import fs from 'node:fs';
import path from 'node:path';
import * as yaml from 'js-yaml';
import { JSDOM } from 'jsdom';
import MarkdownIt from 'markdown-it';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportArticleTo } from '../../export/exportArticleTo';
import { openLibrary, type Library } from '../../library/openLibrary';
import { readSeed } from '../helpers/seed';
import { makeTempDir, removeDir } from '../helpers/tempDir';
import { firstCaption, firstFigureCredit, hostile, hostileBody, richBody, secondCaptionLines, seedSapo, seedSlug, seedWithPhotos } from './exportFixtures';

let dir: string;
let library: Library;
const files = { seed: '', rich: '', hostile: '' };

beforeAll(async () => {
  dir = makeTempDir('newsdesk-export-md');
  library = openLibrary(path.join(dir, 'library'));
  const { article, photos } = await seedWithPhotos(library, dir);
  library.articles.update(article.id, { section: 'Chính trị', tags: ['thi đua', 'Ban Dân vận: "Dân vận khéo"'] });
  files.seed = (await exportArticleTo(library, article.id, { format: 'md', outDir: path.join(dir, 'seed') })).path;
  const rich = library.articles.create({ headline: 'Sơ kết thi đua', body: richBody() });
  files.rich = (await exportArticleTo(library, rich.id, { format: 'md', outDir: path.join(dir, 'rich') })).path;
  const bad = library.articles.create({ headline: hostile.headline, sapo: hostile.sapo, body: hostileBody(photos[0]!.id) });
  files.hostile = (await exportArticleTo(library, bad.id, { format: 'md', outDir: path.join(dir, 'hostile') })).path;
});

afterAll(() => {
  library.close();
  removeDir(dir);
});

const commonmark = new MarkdownIt('commonmark');
const lenient = new MarkdownIt('commonmark', { html: true });
/** The file as a front-matter-aware tool shows it (GitHub, Pandoc, Hugo, Jekyll): the YAML block is data, not text. */
const withoutFrontMatter = (text: string) => text.replace(/^---\n[\s\S]*?\n---\n/u, '');
const render = (file: string, parser = commonmark) => new JSDOM(parser.render(withoutFrontMatter(fs.readFileSync(file, 'utf8')))).window.document.body;

describe('the Markdown export', () => {
  it('reads back as the seed: dateline, h1 headline, bold sapo, paragraphs, figures as image + caption, credit line', () => {
    const seed = readSeed();
    const body = render(files.seed);
    const blocks = [...body.children];
    expect(blocks.map((element) => element.localName)).toEqual(['p', 'h1', 'p', 'p', 'p', ...seed.paragraphs.slice(0, 7).map(() => 'p'), 'p', 'p', ...seed.paragraphs.slice(7).map(() => 'p'), 'p']);
    expect(blocks[0]!.textContent).toBe('Hà Nội – Thứ Bảy, 22/6/2024');
    expect(blocks[1]!.textContent).toBe(seed.headline);
    expect(blocks[2]!.innerHTML).toBe(`<strong>${seedSapo}</strong>`);
    expect(blocks[3]!.innerHTML).toBe(`<img src="${seedSlug}_files/${seedSlug}-01.jpg" alt="${firstCaption}">`);
    expect(blocks[4]!.innerHTML).toBe(`<em>${firstCaption}</em><br>\n${firstFigureCredit}`);
    expect(blocks[12]!.querySelector('img')?.getAttribute('alt')).toBe(secondCaptionLines.join(' '));
    expect(blocks[13]!.innerHTML).toBe(secondCaptionLines.map((line) => `<em>${line}</em>`).join('<br>\n'));
    expect(blocks.slice(5, 12).map((p) => p.textContent)).toEqual(seed.paragraphs.slice(0, 7));
    expect(blocks.at(-1)!.textContent).toBe('Tin và ảnh: Minh Khôi');
    expect(fs.readdirSync(path.join(path.dirname(files.seed), `${seedSlug}_files`))).toEqual([`${seedSlug}-01.jpg`, `${seedSlug}-02.jpg`]);
  });

  it('keeps headings, nested formatting, links, lists with their numbering, quotes, rules and line breaks', () => {
    const body = render(files.rich);
    expect(body.querySelector('h2')?.innerHTML).toBe('Kết quả <em>nổi bật</em>');
    expect(body.querySelector('h3')?.textContent).toBe('Nhiệm vụ năm 2022');
    expect(body.querySelector('p')?.innerHTML).toBe('Hội nghị đã <strong>thống nhất</strong> các <em>chỉ tiêu</em> và nhiệm vụ trọng tâm.');
    expect([...body.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['báo cáo đầy đủ', 'https://dangcongsan.vn/bao-cao?nam=2022&ky=1'],
      ['ban biên tập', 'mailto:toasoan@baodanvan.vn'],
    ]);
    expect([...body.querySelectorAll(':scope > ul > li')].map((li) => li.firstChild?.textContent?.trim())).toEqual(['Thi đua yêu nước', 'Khen thưởng kịp thời']);
    expect(body.querySelectorAll('li > p')).toHaveLength(0);
    expect([...body.querySelectorAll('ul ul > li')].map((li) => li.textContent)).toEqual(['Cá nhân', 'Tập thể']);
    expect(body.querySelector('ol')?.getAttribute('start')).toBe('3');
    expect(body.querySelector('blockquote > p')?.textContent).toBe('Thi đua là yêu nước, yêu nước thì phải thi đua.');
    expect(body.querySelectorAll('hr')).toHaveLength(1);
    expect([...body.querySelectorAll('p')].find((p) => p.textContent?.startsWith('Dòng thứ nhất'))?.innerHTML).toBe('Dòng thứ nhất<br>\ndòng thứ hai');
    // A figure still waiting for its photo: an image with no destination (the caption as its alt), so it reads
    // back as a figure, then its caption paragraph.
    expect(body.lastElementChild?.previousElementSibling?.innerHTML).toBe('<img src="" alt="Ảnh tư liệu chờ gắn">');
    expect(body.lastElementChild?.innerHTML).toBe('<em>Ảnh tư liệu chờ gắn</em><br>\nẢnh: TTXVN');
  });

  it('opens with YAML front matter holding what the body cannot: section, tags, dateline and credit as data', () => {
    const text = fs.readFileSync(files.seed, 'utf8');
    const [, yamlText] = /^---\n([\s\S]*?\n)---\n\n/u.exec(text) ?? [];
    expect(yaml.load(yamlText!, { schema: yaml.JSON_SCHEMA })).toEqual({
      section: 'Chính trị',
      tags: ['thi đua', 'Ban Dân vận: "Dân vận khéo"'],
      dateline: { place: 'Hà Nội', date: '2024-06-22' },
      credit: { role: 'textAndPhotos', names: 'Minh Khôi' },
    });
    // A report without any of them has no front matter at all.
    expect(fs.readFileSync(files.rich, 'utf8').startsWith('# Sơ kết thi đua\n')).toBe(true);
  });

  it('escapes every markup character of the text: even read with raw HTML on, nothing becomes an element', () => {
    for (const parser of [commonmark, lenient]) {
      const body = render(files.hostile, parser);
      expect(body.querySelectorAll('script, iframe, img[onerror], h1 ~ h1')).toHaveLength(0);
      expect(body.querySelector('h1')?.textContent).toBe(hostile.headline);
      expect(body.textContent).toContain(hostile.paragraph);
      expect(body.textContent).toContain(hostile.caption);
      expect(body.textContent).toContain(hostile.credit);
      expect([...body.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['https://vnexpress.net/thoi-su?a=1&b=%3C2%3E']);
      expect([...body.querySelectorAll('img')].map((img) => img.getAttribute('src'))).toEqual(['tin-script-alert-tieu-de-script-va-ngoac_files/tin-script-alert-tieu-de-script-va-ngoac-01.jpg']);
    }
  });
});
