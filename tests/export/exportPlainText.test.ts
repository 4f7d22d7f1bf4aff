// The plain-text export writes the seed's own shape: the seed goes in and comes back out line for line, and
// what comes out imports to the same article.
import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../contract/schemas/document';
import { exportPlainText, type PlainTextSource } from '../../export/plainText/exportPlainText';
import { parsePlainTextArticle } from '../../import/plainText/parsePlainTextArticle';
import { paragraph, readSeedText } from '../helpers/seed';
import { contentLines, figureOf, seedLinesAboveChrome } from '../import/plainTextFixtures';

const seedText = readSeedText();
const seedArticle = (): PlainTextSource => ({ ...parsePlainTextArticle(seedText), language: 'vi' });
const bare = (body: DocNode[], extra: Partial<PlainTextSource> = {}): PlainTextSource => ({
  headline: 'Tiêu đề',
  sapo: '',
  dateline: null,
  credit: null,
  language: 'vi',
  body: { type: 'doc', content: body },
  ...extra,
});

describe('exportPlainText', () => {
  it('gives back the seed’s lines above its web chrome, line for line', () => {
    const text = exportPlainText(seedArticle());
    expect(contentLines(text)).toEqual(seedLinesAboveChrome(seedText));
    expect(text.split('\n').slice(0, 4)).toEqual([
      'Thứ Bảy, 22/6/2024',
      'Khối thi đua các cơ quan Đảng Trung ương: Đẩy mạnh hoạt động năm 2022 gắn với hoàn thành xuất sắc nhiệm vụ chính trị',
      '',
      'Quang cảnh Hội nghị',
    ]);
    expect(text.endsWith('\n\nTin và ảnh: Minh Khôi\n')).toBe(true);
  });

  it('is LF only, one blank line between blocks, one final newline', () => {
    const text = exportPlainText(seedArticle());
    expect(text).not.toContain('\r');
    expect(text).not.toMatch(/\n\n\n/);
    expect(text.endsWith('\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
  });

  it('imports back to an equal article', () => {
    const article = parsePlainTextArticle(seedText);
    expect(parsePlainTextArticle(exportPlainText({ ...article, language: 'vi' }))).toEqual(article);
  });

  it('writes the sapo right under the headline and reads it back', () => {
    const source = bare([paragraph('Đoạn một.')], {
      dateline: { place: 'Hà Nội', date: '2024-06-22' },
      sapo: 'Sáng 21/6, Khối thi đua tổ chức Hội nghị.\nHội nghị triển khai kế hoạch.',
      credit: { role: 'text', names: 'Minh Khôi' },
    });
    const text = exportPlainText(source);
    expect(text).toBe(
      'Hà Nội – Thứ Bảy, 22/6/2024\nTiêu đề\nSáng 21/6, Khối thi đua tổ chức Hội nghị.\nHội nghị triển khai kế hoạch.\n\nĐoạn một.\n\nTin: Minh Khôi\n',
    );
    const { language: _language, ...parts } = source;
    expect(parsePlainTextArticle(text)).toEqual(parts);
  });

  it('writes the dateline and credit in the article’s language', () => {
    const text = exportPlainText(
      bare([paragraph('First paragraph.')], {
        language: 'en',
        dateline: { place: '', date: '2024-06-22' },
        credit: { role: 'textAndPhotos', names: 'Minh Khôi' },
      }),
    );
    expect(text).toBe('Saturday, 22 June 2024\nTiêu đề\n\nFirst paragraph.\n\nText and photos: Minh Khôi\n');
  });

  it('leaves out a dateline without a date, which would read back as the headline', () => {
    expect(exportPlainText(bare([paragraph('Đoạn.')], { dateline: { place: 'Huế', date: null } }))).toBe('Tiêu đề\n\nĐoạn.\n');
  });

  it('writes headings, lists, quotes and rules as text with their markers', () => {
    const item = (text: string, nested?: DocNode): DocNode => ({ type: 'listItem', content: [paragraph(text), ...(nested ? [nested] : [])] });
    const body: DocNode[] = [
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Kế hoạch năm 2022' }] },
      paragraph('Có '),
      { type: 'paragraph', content: [{ type: 'text', text: 'chữ ' }, { type: 'text', text: 'đậm', marks: [{ type: 'bold' }] }, { type: 'text', text: '.' }] },
      { type: 'bulletList', content: [item('an sinh xã hội', { type: 'bulletList', content: [item('thăm hỏi')] }), item('văn nghệ')] },
      { type: 'orderedList', attrs: { start: 3 }, content: [item('Ba'), item('Bốn')] },
      { type: 'blockquote', content: [paragraph('Học tập và làm theo'), paragraph('tư tưởng Hồ Chí Minh')] },
      { type: 'horizontalRule' },
      { type: 'paragraph' },
      { type: 'paragraph', content: [{ type: 'text', text: '\u00a0' }] },
      figureOf([]),
      { type: 'paragraph', content: [{ type: 'text', text: 'Dòng một' }, { type: 'hardBreak' }, { type: 'hardBreak' }, { type: 'text', text: 'dòng hai.' }] },
    ];
    expect(exportPlainText(bare(body))).toBe(
      [
        'Tiêu đề',
        '## Kế hoạch năm 2022',
        'Có',
        'chữ đậm.',
        '- an sinh xã hội\n  - thăm hỏi\n- văn nghệ',
        '3. Ba\n4. Bốn',
        '> Học tập và làm theo\n> tư tưởng Hồ Chí Minh',
        '* * *',
        'Dòng một\ndòng hai.',
      ].join('\n\n') + '\n',
    );
  });

  it('round-trips quotes, lists and rules', () => {
    const body: DocNode[] = [
      paragraph('Đoạn một.'),
      { type: 'blockquote', content: [paragraph('Trích dẫn một.'), paragraph('Trích dẫn hai.')] },
      { type: 'bulletList', content: ['Một.', 'Hai.'].map((text) => ({ type: 'listItem', content: [paragraph(text)] })) },
      // Every import says where an ordered list starts, as the editor does.
      { type: 'orderedList', attrs: { start: 1 }, content: ['Một.', 'Hai.'].map((text) => ({ type: 'listItem', content: [paragraph(text)] })) },
      { type: 'horizontalRule' },
      figureOf(['Chú thích dòng một', 'dòng hai']),
    ];
    const source = bare(body);
    expect(parsePlainTextArticle(exportPlainText(source)).body).toEqual(source.body);
  });
});
