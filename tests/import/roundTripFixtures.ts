// The articles the round-trip tests export and import again: the seed (with photos on its figures, a
// section and tags) and a rich article holding every block and mark the editor makes (tables aside: their
// round trips belong with table support), and the comparison: `show --json` as the CLI prints it, minus what
// a new article always gets afresh (id, uuid, times, version, status history).
import fs from 'node:fs';
import path from 'node:path';
import { articleJson } from '../../cli/articleJson';
import type { Article } from '../../contract/schemas/article';
import type { DocNode } from '../../contract/schemas/document';
import type { Library } from '../../library/openLibrary';
import { scenePhoto, seedWithPhotos } from '../export/exportFixtures';

const text = (value: string, ...marks: object[]): DocNode => (marks.length > 0 ? { type: 'text', text: value, marks: marks as DocNode['marks'] } : { type: 'text', text: value });
const para = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });
const item = (value: string): DocNode => ({ type: 'listItem', content: [para(text(value))] });
const bold = { type: 'bold' };
const italic = { type: 'italic' };
const underline = { type: 'underline' };
const link = (href: string) => ({ type: 'link', attrs: { href } });
const figure = (photoId: number | null, credit: string, ...caption: DocNode[]): DocNode => ({ type: 'figure', attrs: { photoId, credit }, content: caption });

export const placement = { section: 'Thời sự', tags: ['thi đua', 'Khối cơ quan Đảng'] };

/** The seed with photos on both figures, a credit on the first, a sapo, a dateline place, section and tags. */
export async function seedForRoundTrip(library: Library, workDir: string): Promise<Article> {
  const { article } = await seedWithPhotos(library, workDir);
  return library.articles.update(article.id, placement) && library.articles.get(article.id);
}

/** Every block and mark: both heading levels, lists, quote, rule, bold, italic, underline, links, figures with and without photos. */
export async function richArticle(library: Library, workDir: string): Promise<Article> {
  const file = path.join(workDir, 'rich-photo.jpg');
  fs.writeFileSync(file, await scenePhoto(900, 600, 3));
  const [outcome] = await library.photos.importPhotos([file]);
  if (!outcome?.ok) throw new Error('the fixture photo did not import');
  const photoId = outcome.photo.id;
  const body: DocNode = {
    type: 'doc',
    content: [
      para(text('Sáng 22/6, Hội nghị đã '), text('thống nhất', bold), text(' các '), text('chỉ tiêu', italic), text(' và '), text('nhiệm vụ', underline), text(' trọng tâm năm 2022.')),
      { type: 'heading', attrs: { level: 2 }, content: [text('Kết quả nổi bật')] },
      para(text('Xem '), text('báo cáo đầy đủ', link('https://dangcongsan.vn/bao-cao?nam=2022&ky=1')), text(' trên trang của Đảng.')),
      figure(photoId, 'Ảnh: Đức Thanh', text('Đại biểu dự Hội nghị'), { type: 'hardBreak' }, text('tại Hà Nội')),
      { type: 'bulletList', content: [item('Thi đua yêu nước thường xuyên.'), item('Khen thưởng kịp thời, đúng người.')] },
      { type: 'heading', attrs: { level: 3 }, content: [text('Nhiệm vụ năm 2022')] },
      { type: 'orderedList', attrs: { start: 1 }, content: [item('Tổ chức sơ kết giữa năm.'), item('Kiểm tra chéo giữa các đơn vị.')] },
      { type: 'blockquote', content: [para(text('Thi đua là yêu nước, yêu nước thì phải thi đua.'))] },
      { type: 'horizontalRule' },
      figure(null, 'Ảnh: TTXVN', text('Ảnh tư liệu chờ gắn')),
      para(text('Các đơn vị cam kết hoàn thành xuất sắc nhiệm vụ được giao.')),
    ],
  };
  const article = library.articles.create({
    headline: 'Khối thi đua: Đẩy mạnh phong trào thi đua năm 2022',
    sapo: 'Khối thi đua các cơ quan Đảng Trung ương sơ kết công tác 6 tháng đầu năm.',
    dateline: { place: 'Hà Nội', date: '2024-06-22' },
    credit: { role: 'textAndPhotos', names: 'Minh Khôi' },
    body,
    ...placement,
  });
  return library.articles.get(article.id);
}

/**
 * `show --json` of an article minus what a new article gets afresh. A figure's photo compares as present or
 * not: an import stores the file it read (the display-size copy an export carries) as a photo of its own.
 */
export function comparable(library: Library, id: number): Record<string, unknown> {
  const article = library.articles.get(id);
  const { id: _id, uuid: _uuid, created: _created, updated: _updated, version: _version, statusHistory: _history, ...rest } = articleJson(article, library.articles.plainText(id)) as Record<string, unknown> & Article;
  return JSON.parse(JSON.stringify(rest, (key, value: unknown) => (key === 'photoId' ? value !== null : value))) as Record<string, unknown>;
}
