// The one figure model: built from text or from inline content, read back to the same fields, the caption
// split into lines the same way wherever a figure is made.
import { describe, expect, it } from 'vitest';
import { appendFigures, captionContent, figureFields, figureNode } from '../../common/document/figure';
import { documentFigures } from '../../common/text/documentText';

describe('the figure model', () => {
  it('splits a caption at its line breaks, leaving no empty text node', () => {
    expect(captionContent('Lễ khánh thành\n\nẢnh: TTXVN')).toEqual([
      { type: 'text', text: 'Lễ khánh thành' },
      { type: 'hardBreak' },
      { type: 'hardBreak' },
      { type: 'text', text: 'Ảnh: TTXVN' },
    ]);
    expect(captionContent('')).toEqual([]);
  });

  it('builds the node the editor stores and reads the same fields back', () => {
    const fields = { photoId: 7, caption: 'Đại biểu dự hội nghị\ntại Hà Nội', credit: 'Ảnh: Minh Khôi' };
    const node = figureNode(fields);
    expect(node).toEqual({
      type: 'figure',
      attrs: { photoId: 7, credit: 'Ảnh: Minh Khôi' },
      content: [{ type: 'text', text: 'Đại biểu dự hội nghị' }, { type: 'hardBreak' }, { type: 'text', text: 'tại Hà Nội' }],
    });
    expect(figureFields(node)).toEqual(fields);
  });

  it('waits for its photo with no caption and no credit by default, and has no content then', () => {
    expect(figureNode({})).toEqual({ type: 'figure', attrs: { photoId: null, credit: '' } });
  });

  it('keeps inline content given as it is (an import keeps its marks)', () => {
    const caption = [{ type: 'text', text: 'Chú thích ' }, { type: 'text', text: 'nghiêng', marks: [{ type: 'italic' }] }];
    expect(figureNode({ caption, credit: 'TTXVN' })).toEqual({ type: 'figure', attrs: { photoId: null, credit: 'TTXVN' }, content: caption });
  });

  it('reads attributes of the wrong type as absent', () => {
    expect(figureFields({ type: 'figure', attrs: { photoId: '7', credit: 3 } })).toEqual({ photoId: null, caption: '', credit: '' });
  });

  it('appends figures after the body, replacing an empty document’s lone paragraph', () => {
    const figures = [{ photoId: 1, caption: 'Một', credit: '' }, { photoId: 2, caption: '', credit: 'Hai' }];
    const doc = appendFigures({ type: 'doc', content: [{ type: 'paragraph' }] }, figures);
    expect(documentFigures(doc)).toEqual(figures);
    expect(doc.content).toHaveLength(2);
  });
});
