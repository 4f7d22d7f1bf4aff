// The one step every format shares: an article and its resolved photos → the neutral export tree. What the
// tree says is what every format prints, so each rule is proved here once: formatting runs, the link policy,
// heading levels, lists and their numbering, figures falling back to their photo's caption and credit,
// the editor's empty paragraphs left out, and the metadata in the article's own language.
import { describe, expect, it } from 'vitest';
import type { Article } from '../../contract/schemas/article';
import type { DocNode } from '../../contract/schemas/document';
import { buildExportDocument, exportMetadata } from '../../export/documentTree/buildExportDocument';
import type { ExportPhoto } from '../../export/documentTree/exportDocument';
import { runsText } from '../../export/documentTree/inlineRuns';
import { hostileBody, richBody } from './exportFixtures';

function article(body: DocNode, changes: Partial<Article> = {}): Article {
  return {
    id: 7,
    uuid: '0b6a8a52-5b1e-4d53-9a53-1f0e4c2d7a10',
    headline: 'Khối thi đua các cơ quan Đảng Trung ương: Đẩy mạnh hoạt động',
    sapo: '',
    status: 'draft',
    section: 'Thời sự',
    datelineDate: '2024-06-22',
    words: 0,
    created: '2024-06-22T01:00:00.000Z',
    updated: '2024-06-22T03:30:00.000Z',
    language: 'vi',
    body,
    dateline: { place: 'Hà Nội', date: '2024-06-22' },
    credit: { role: 'textAndPhotos', names: 'Minh Khôi' },
    tags: ['thi đua'],
    targetWords: null,
    version: 1,
    statusHistory: [],
    ...changes,
  };
}

const photo: ExportPhoto = {
  id: 3,
  number: 1,
  hash: 'a'.repeat(64),
  name: 'hoi-nghi.jpg',
  caption: 'Chú thích của ảnh',
  credit: 'TTXVN',
  creator: 'Minh Khôi',
  copyright: '© Báo Dân vận',
  original: { path: '/kho/a.jpg', mime: 'image/jpeg', width: 6000, height: 4000, bytes: 9_000_000 },
  display: { path: '/kho/a-display.jpg', mime: 'image/jpeg', width: 1600, height: 1067, bytes: 400_000 },
};

describe('buildExportDocument', () => {
  it('keeps every block and mark the editor makes, headings as levels 2 and 3', () => {
    const { blocks } = buildExportDocument(article(richBody()), new Map());
    expect(blocks.map((block) => block.kind)).toEqual(['paragraph', 'heading', 'paragraph', 'list', 'heading', 'list', 'quote', 'rule', 'paragraph', 'figure']);
    expect(blocks[0]).toEqual({
      kind: 'paragraph',
      inlines: [
        { kind: 'text', text: 'Hội nghị đã ', bold: false, italic: false, underline: false },
        { kind: 'text', text: 'thống nhất', bold: true, italic: false, underline: false },
        { kind: 'text', text: ' các ', bold: false, italic: false, underline: false },
        { kind: 'text', text: 'chỉ tiêu', bold: false, italic: true, underline: false },
        { kind: 'text', text: ' và ', bold: false, italic: false, underline: false },
        { kind: 'text', text: 'nhiệm vụ', bold: false, italic: false, underline: true },
        { kind: 'text', text: ' trọng tâm.', bold: false, italic: false, underline: false },
      ],
    });
    expect(blocks[1]).toMatchObject({ kind: 'heading', level: 2 });
    expect(blocks[4]).toMatchObject({ kind: 'heading', level: 3 });
    expect(blocks[5]).toMatchObject({ kind: 'list', ordered: true, start: 3 });
    const bullets = blocks[3] as Extract<(typeof blocks)[number], { kind: 'list' }>;
    expect(bullets.items[1]!.map((block) => block.kind)).toEqual(['paragraph', 'list']);
    expect(blocks[8]).toMatchObject({ kind: 'paragraph', inlines: [{ text: 'Dòng thứ nhất' }, { kind: 'break' }, { text: 'dòng thứ hai' }] });
  });

  it('links keep only http, https and mailto targets; any other keeps its text without the link', () => {
    const { blocks } = buildExportDocument(article(hostileBody(null)), new Map());
    const runs = (blocks[1] as Extract<(typeof blocks)[number], { kind: 'paragraph' }>).inlines;
    const hrefs = runs.flatMap((run) => (run.kind === 'text' && run.href ? [run.href] : []));
    expect(hrefs).toEqual(['https://vnexpress.net/thoi-su?a=1&b=%3C2%3E']);
    expect(runsText(runs)).toContain('liên kết javascript:alert(1)');
  });

  it('a figure shows its own caption and credit, else its photo’s; a caption line break stays', () => {
    const body: DocNode = {
      type: 'doc',
      content: [
        { type: 'figure', attrs: { photoId: 3, credit: '' } },
        { type: 'figure', attrs: { photoId: 3, credit: 'Ảnh: Minh Khôi' }, content: [{ type: 'text', text: 'Dòng một' }, { type: 'hardBreak' }, { type: 'text', text: 'dòng hai' }] },
        { type: 'figure', attrs: { photoId: null, credit: '' }, content: [{ type: 'text', text: 'Chờ ảnh' }] },
      ],
    };
    const doc = buildExportDocument(article(body), new Map([[3, photo]]));
    expect(doc.photos).toEqual([photo]);
    expect(doc.blocks.map((block) => block.kind === 'figure' && [block.number, block.photo?.id ?? null, runsText(block.caption), block.credit])).toEqual([
      [1, 3, 'Chú thích của ảnh', 'TTXVN'],
      [2, 3, 'Dòng một\ndòng hai', 'Ảnh: Minh Khôi'],
      [3, null, 'Chờ ảnh', ''],
    ]);
  });

  it('leaves out the editor’s empty paragraphs, also inside quotes and lists', () => {
    const empty = { type: 'paragraph' };
    const body: DocNode = {
      type: 'doc',
      content: [empty, { type: 'paragraph', content: [{ type: 'text', text: ' ' }] }, { type: 'blockquote', content: [empty, { type: 'paragraph', content: [{ type: 'text', text: 'Trích' }] }] }, empty],
    };
    const { blocks } = buildExportDocument(article(body), new Map());
    expect(blocks).toEqual([{ kind: 'quote', blocks: [{ kind: 'paragraph', inlines: [{ kind: 'text', text: 'Trích', bold: false, italic: false, underline: false }] }] }]);
  });

  it('writes the dateline and the credit line in the article’s language, and counts the body', () => {
    const body: DocNode = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hội nghị sơ kết 6 tháng.' }] }] };
    expect(exportMetadata(article(body))).toMatchObject({
      dateline: { place: 'Hà Nội', date: '2024-06-22', text: 'Hà Nội – Thứ Bảy, 22/6/2024' },
      creditLine: 'Tin và ảnh: Minh Khôi',
      creditNames: 'Minh Khôi',
      words: 6,
      characters: 24,
      slug: 'khoi-thi-dua-cac-co-quan-dang-trung-uong',
    });
    expect(exportMetadata(article(body, { language: 'en' }))).toMatchObject({
      dateline: { text: 'Hà Nội – Saturday, 22 June 2024' },
      creditLine: 'Text and photos: Minh Khôi',
    });
    expect(exportMetadata(article(body, { dateline: { place: '', date: null }, credit: null }))).toMatchObject({ dateline: null, creditLine: '', creditNames: '' });
  });
});
