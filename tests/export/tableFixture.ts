// An article with a table in it, as the editor stores one: a header row and three rows of Vietnamese text,
// bold and a link in cells, a pipe character and a tab-free grid. Shared by the export, import and round-trip
// tests; imports nothing from vitest.
import { tableNode } from '../../common/document/table';
import type { DocNode } from '../../contract/schemas/document';

const text = (value: string, marks?: DocNode['marks']): DocNode => (marks ? { type: 'text', text: value, marks } : { type: 'text', text: value });
const para = (value: string): DocNode => ({ type: 'paragraph', content: [text(value)] });

export const tableHeadline = 'Kết quả thi đua 6 tháng đầu năm';
export const tableHeader = ['Đơn vị', 'Điểm', 'Xếp loại'];
export const tableRows = [
  ['Ban Tổ chức Trung ương', '98,5', 'Xuất sắc'],
  ['Ban Dân vận Trung ương', '97', 'Xuất sắc'],
  ['Văn phòng Trung ương Đảng', '95 | 100', 'Tốt'],
];

export function tableInArticle(): DocNode {
  return tableNode([
    { header: true, cells: tableHeader.map((cell) => [text(cell)]) },
    {
      header: false,
      cells: [[text(tableRows[0]![0]!, [{ type: 'bold' }])], [text(tableRows[0]![1]!)], [text(tableRows[0]![2]!, [{ type: 'link', attrs: { href: 'https://dangcongsan.vn/thi-dua' } }])]],
    },
    ...tableRows.slice(1).map((row) => ({ header: false, cells: row.map((cell) => [text(cell)]) })),
  ]);
}

export function tableArticleBody(): DocNode {
  return {
    type: 'doc',
    content: [
      para('Khối thi đua các cơ quan Đảng Trung ương công bố kết quả chấm điểm.'),
      tableInArticle(),
      para('Các đơn vị được biểu dương tại Hội nghị sơ kết.'),
    ],
  };
}

/** Every cell's text, row by row. */
export const tableCellTexts = [tableHeader, ...tableRows];
