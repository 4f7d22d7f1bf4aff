// What the plain-text export marks so its import reads the article back: headings behind `## ` / `### `,
// a figure's credit under its caption, an ordered list's start, and the section and tags in a trailer that
// a reporter's own text never triggers.
import { describe, expect, it } from 'vitest';
import { readTrailer, trailerLines } from '../../common/article/plainTextTrailer';
import type { DocNode } from '../../contract/schemas/document';
import { exportPlainText, type PlainTextSource } from '../../export/plainText/exportPlainText';
import { parsePlainTextArticle } from '../../import/plainText/parsePlainTextArticle';
import { paragraph, readSeedText } from '../helpers/seed';

const article = (body: DocNode[], extra: Partial<PlainTextSource> = {}): PlainTextSource => ({
  headline: 'Tiêu đề',
  sapo: '',
  dateline: null,
  credit: { role: 'text', names: 'Minh Khôi' },
  language: 'vi',
  body: { type: 'doc', content: body },
  ...extra,
});

describe('the plain-text trailer', () => {
  it('is written after the credit line and read back as section and tags', () => {
    const source = article([paragraph('Đoạn một.')], { section: 'Thời sự', tags: ['thi đua', 'Khối cơ quan Đảng'] });
    const text = exportPlainText(source);
    expect(text.endsWith('Tin: Minh Khôi\n\n---\nChuyên mục: Thời sự\nTừ khoá: thi đua, Khối cơ quan Đảng\n')).toBe(true);
    const again = parsePlainTextArticle(text);
    expect(again).toMatchObject({ section: 'Thời sự', tags: ['thi đua', 'Khối cơ quan Đảng'], credit: { role: 'text', names: 'Minh Khôi' } });
    expect(again.body.content).toEqual([paragraph('Đoạn một.')]);
  });

  it('is written in the article’s language, read in either, and left out with neither section nor tags', () => {
    expect(trailerLines({ section: 'Politics', tags: ['vote'] }, 'en')).toEqual(['---', 'Section: Politics', 'Tags: vote']);
    expect(trailerLines({ section: '', tags: [] }, 'vi')).toEqual([]);
    expect(exportPlainText(article([paragraph('Đoạn.')]))).not.toContain('---');
    expect(readTrailer(['---', 'Section: Politics', 'Tags: vote, election'])).toEqual({ section: 'Politics', tags: ['vote', 'election'] });
    expect(readTrailer(['---', 'TỪ KHÓA: a; b; a'])).toEqual({ section: '', tags: ['a', 'b'] });
  });

  it('is never read from a reporter’s own text', () => {
    // No marker line, another label, a label twice, prose after the marker, a marker alone.
    expect(readTrailer(['Chuyên mục: Thời sự', 'Từ khoá: thi đua'])).toBeUndefined();
    expect(readTrailer(['---', 'Chuyên mục: Thời sự', 'Tác giả: Minh Khôi'])).toBeUndefined();
    expect(readTrailer(['---', 'Chuyên mục: Thời sự', 'Chuyên mục: Kinh tế'])).toBeUndefined();
    expect(readTrailer(['---', 'Hội nghị kết thúc lúc 17 giờ.'])).toBeUndefined();
    expect(readTrailer(['---'])).toBeUndefined();
    const text = 'Tiêu đề\n\nĐoạn một.\n\nChuyên mục: Thời sự\n';
    const parsed = parsePlainTextArticle(text);
    expect(parsed.section).toBeUndefined();
    expect(JSON.stringify(parsed.body)).toContain('Chuyên mục: Thời sự');
  });

  it('leaves the seed exactly as it imported before', () => {
    expect(parsePlainTextArticle(readSeedText())).not.toHaveProperty('section');
    expect(parsePlainTextArticle(readSeedText())).not.toHaveProperty('tags');
  });
});

describe('marked blocks', () => {
  it('headings of both levels come back as headings, not as captions', () => {
    const body: DocNode[] = [
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Kết quả nổi bật' }] },
      paragraph('Đoạn một.'),
      { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Nhiệm vụ năm 2022' }] },
      paragraph('Đoạn hai.'),
    ];
    const text = exportPlainText(article(body));
    expect(text).toContain('\n\n## Kết quả nổi bật\n\n');
    expect(text).toContain('\n\n### Nhiệm vụ năm 2022\n\n');
    expect(parsePlainTextArticle(text).body.content).toEqual(body);
  });

  it('a `#` line inside a block of prose, or a level-1 `#`, is no heading', () => {
    const parsed = parsePlainTextArticle('Tiêu đề\n\n# Một dòng\n\n## Dòng một\nvà dòng hai.\n');
    expect(parsed.body.content!.map((node) => node.type)).toEqual(['figure', 'paragraph']);
  });

  it('a figure’s credit goes on the line under its caption and comes back as the credit', () => {
    const figure: DocNode = { type: 'figure', attrs: { photoId: null, credit: 'Ảnh: TTXVN' }, content: [{ type: 'text', text: 'Đại biểu dự Hội nghị' }, { type: 'hardBreak' }, { type: 'text', text: 'tại Hà Nội' }] };
    const text = exportPlainText(article([paragraph('Đoạn một.'), figure, paragraph('Đoạn hai.')]));
    expect(text).toContain('\n\nĐại biểu dự Hội nghị\ntại Hà Nội\nẢnh: TTXVN\n\n');
    expect(parsePlainTextArticle(text).body.content![1]).toEqual(figure);
  });

  it('an ordered list keeps where it starts', () => {
    const list: DocNode = { type: 'orderedList', attrs: { start: 3 }, content: ['Ba.', 'Bốn.'].map((text) => ({ type: 'listItem', content: [paragraph(text)] })) };
    const text = exportPlainText(article([list]));
    expect(text).toContain('3. Ba.\n4. Bốn.');
    expect(parsePlainTextArticle(text).body.content).toEqual([list]);
  });
});
