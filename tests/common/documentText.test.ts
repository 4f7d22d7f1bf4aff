import { describe, expect, it } from 'vitest';
import { documentToPlainText } from '../../common/text/documentText';
import type { DocNode } from '../../contract/schemas/document';
import { docOf, readSeed } from '../helpers/seed';

const text = (value: string, marks?: DocNode['marks']): DocNode => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });

describe('documentToPlainText', () => {
  it('joins the seed paragraphs with blank lines', () => {
    const { paragraphs } = readSeed();
    expect(documentToPlainText(docOf(paragraphs))).toBe(paragraphs.join('\n\n'));
  });

  it('turns a hard break into a line break inside its block', () => {
    const [, two = '', three = ''] = readSeed().captions;
    const doc: DocNode = { type: 'doc', content: [{ type: 'paragraph', content: [text(two), { type: 'hardBreak' }, text(three)] }] };
    expect(documentToPlainText(doc)).toBe(`${two}\n${three}`);
  });

  it('concatenates marked text runs without separators', () => {
    const doc: DocNode = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [text('Tin và '), text('ảnh', [{ type: 'bold' }]), text(': Minh Khôi', [{ type: 'italic' }])] }],
    };
    expect(documentToPlainText(doc)).toBe('Tin và ảnh: Minh Khôi');
  });

  it('skips empty and whitespace-only blocks (the seed has a no-break-space line)', () => {
    const doc: DocNode = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [text('Thứ Bảy, 22/6/2024')] },
        { type: 'paragraph' },
        { type: 'paragraph', content: [text('\u00a0')] },
        { type: 'paragraph', content: [{ type: 'hardBreak' }] },
        { type: 'paragraph', content: [text('Quang cảnh Hội nghị')] },
      ],
    };
    expect(documentToPlainText(doc)).toBe('Thứ Bảy, 22/6/2024\n\nQuang cảnh Hội nghị');
  });

  it('walks nested blocks (quotes, lists, headings) one block each', () => {
    const doc: DocNode = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [text('Kế hoạch năm 2022')] },
        { type: 'blockquote', content: [docOf(['Học tập và làm theo', 'tư tưởng Hồ Chí Minh']).content![0]!, docOf(['đạo đức']).content![0]!] },
        {
          type: 'bulletList',
          content: [
            { type: 'listItem', content: [{ type: 'paragraph', content: [text('an sinh xã hội')] }] },
            { type: 'listItem', content: [{ type: 'paragraph', content: [text('giao lưu văn nghệ')] }] },
          ],
        },
      ],
    };
    expect(documentToPlainText(doc)).toBe('Kế hoạch năm 2022\n\nHọc tập và làm theo\n\nđạo đức\n\nan sinh xã hội\n\ngiao lưu văn nghệ');
  });

  it('gives an empty string for an empty document', () => {
    expect(documentToPlainText({ type: 'doc' })).toBe('');
    expect(documentToPlainText({ type: 'doc', content: [{ type: 'paragraph' }] })).toBe('');
  });
});
