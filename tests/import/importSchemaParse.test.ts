// The HTML import reads a report's body with the editor's own schema (import/html/importDocumentParser.ts):
// what comes in is a document the editor holds as it is, with the import's own rules for what a file holds
// and the editor never makes (<cite>, h4–h6, <pre>, unsafe or decorated links, code).
import { describe, expect, it } from 'vitest';
import { editorSchema } from '../../common/document/editorSchema';
import type { DocNode } from '../../contract/schemas/document';
import { parseHtmlArticle } from '../../import/html/parseHtmlArticle';

const text = (value: string, ...marks: { type: string; attrs?: Record<string, unknown> }[]): DocNode => (marks.length > 0 ? { type: 'text', text: value, marks } : { type: 'text', text: value });
const paragraph = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });

function bodyOf(html: string): DocNode[] {
  return parseHtmlArticle(`<!DOCTYPE html><html><body><h1>Tiêu đề</h1>${html}</body></html>`).body.content ?? [];
}

describe('HTML import through the editor schema', () => {
  it('reads <cite> as italic and h4–h6 as the lower heading', () => {
    expect(bodyOf('<p>Theo <cite>Nhân Dân</cite>, hôm nay</p><h4>Bốn</h4><h5>Năm</h5><h6>Sáu</h6>')).toEqual([
      paragraph(text('Theo '), text('Nhân Dân', { type: 'italic' }), text(', hôm nay')),
      ...['Bốn', 'Năm', 'Sáu'].map((title) => ({ type: 'heading', attrs: { level: 3 }, content: [text(title)] })),
    ]);
  });

  it('reads <pre> as a paragraph whose lines are hard breaks, its spaces kept', () => {
    expect(bodyOf('<pre>  Dòng một\nDòng hai  \n\nCuối\n</pre>')).toEqual([
      paragraph(text('  Dòng một'), { type: 'hardBreak' }, text('Dòng hai  '), { type: 'hardBreak' }, { type: 'hardBreak' }, text('Cuối')),
    ]);
  });

  it('keeps a link as its safe, normalised target alone, and code as plain text', () => {
    const body = bodyOf('<p><a href="https://Example.com/a b" target="_blank" rel="x" class="c" title="t">liên kết</a> <a href="javascript:alert(1)">xấu</a> <code>mã</code></p>');
    expect(body).toEqual([paragraph(text('liên kết', { type: 'link', attrs: { href: 'https://example.com/a%20b' } }), text(' xấu mã'))]);
  });

  it('gives a list item that opens with a list an empty first line, and drops empty blocks', () => {
    const body = bodyOf('<p> </p><h2></h2><ul><li><ul><li>Trong</li></ul></li><li></li></ul><blockquote><p>&nbsp;</p></blockquote>');
    const inner = { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('Trong'))] }] };
    expect(body).toEqual([{ type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph' }, inner] }] }]);
  });

  it('writes a body the editor schema accepts as it is', () => {
    const { body } = parseHtmlArticle(`<h1>Tiêu đề</h1><h2>Phần <u>một</u></h2><p>Đoạn <b>đậm</b><br>dòng hai</p>
      <ol start="3"><li>Ba</li></ol><blockquote>Trích <i>dẫn</i></blockquote><hr><pre>a\nb</pre>
      <figure><img alt="Ảnh"><figcaption><span class="caption">Chú thích</span><span class="photo-credit">Ảnh: TTXVN</span></figcaption></figure>
      <table><tr><th>Tỉnh</th><th>Số</th></tr><tr><td>Huế</td><td>3</td></tr></table>`);
    expect(() => editorSchema().nodeFromJSON(body).check()).not.toThrow();
    expect((body.content ?? []).map((node) => node.type)).toEqual(['heading', 'paragraph', 'orderedList', 'blockquote', 'horizontalRule', 'paragraph', 'figure', 'table']);
  });
});
