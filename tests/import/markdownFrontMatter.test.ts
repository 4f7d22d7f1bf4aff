// YAML front matter on a Markdown import: the fields our export writes are read as data and win over the
// printed lines; anything else in it is ignored; front matter that is not YAML (or not a mapping) is no front
// matter, and the file reads whole.
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../import/markdown/markdownFrontMatter';
import { parseMarkdownArticle } from '../../import/markdown/parseMarkdownArticle';

describe('Markdown front matter', () => {
  it('gives section, tags, dateline and credit; other keys (a Hugo or Jekyll file’s) are left alone', () => {
    const text = '\ufeff---\r\nsection: Thời sự\r\ntags: [thi đua, "Khối: Đảng"]\r\ndateline: {place: Hà Nội, date: 2024-06-22}\r\ncredit: {role: photos, names: Đức Thanh}\r\nlayout: post\r\ndraft: true\r\n---\r\n# Tiêu đề\r\n';
    expect(splitFrontMatter(text)).toEqual({
      frontMatter: { section: 'Thời sự', tags: ['thi đua', 'Khối: Đảng'], dateline: { place: 'Hà Nội', date: '2024-06-22' }, credit: { role: 'photos', names: 'Đức Thanh' } },
      markdown: '# Tiêu đề\n',
    });
  });

  it('drops what does not fit: a bad date, an unknown role, a tag that is no text; tags may be one comma list', () => {
    const { frontMatter } = splitFrontMatter('---\ntags: "a, b, a"\ndateline: {place: Huế, date: 22/6/2024}\ncredit: {role: editor, names: X}\nsection: 12\n---\nĐoạn.\n');
    expect(frontMatter).toEqual({ tags: ['a', 'b'] });
  });

  it('is no front matter when it is not YAML, not a mapping, or not at the very top', () => {
    for (const text of ['---\nsection: [unclosed\n---\nĐoạn.\n', '---\n- một\n- hai\n---\nĐoạn.\n', 'Đoạn.\n\n---\nsection: X\n---\n']) {
      expect(splitFrontMatter(text)).toEqual({ frontMatter: {}, markdown: text });
    }
  });

  it('wins over the printed lines and removes a printed line the HTML import could not read (an English dateline)', () => {
    const english = '---\ndateline: {place: Hà Nội, date: 2024-06-22}\ncredit: {role: textAndPhotos, names: Minh Khôi}\nsection: Politics\n---\n\nHà Nội – Saturday, 22 June 2024\n\n# Headline\n\nA paragraph.\n\nText and photos: Minh Khôi\n';
    const article = parseMarkdownArticle(english);
    expect(article).toMatchObject({ headline: 'Headline', dateline: { place: 'Hà Nội', date: '2024-06-22' }, credit: { role: 'textAndPhotos', names: 'Minh Khôi' }, section: 'Politics' });
    expect(article.body.content).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: 'A paragraph.' }] }]);
  });

  it('a file without front matter imports as before: a leading rule stays a rule', () => {
    const article = parseMarkdownArticle('# Tiêu đề\n\n---\n\nĐoạn.\n');
    expect(article.body.content!.map((node) => node.type)).toEqual(['horizontalRule', 'paragraph']);
    expect(article).not.toHaveProperty('section');
  });
});
