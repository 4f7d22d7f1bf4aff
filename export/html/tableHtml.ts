// A table as HTML: the leading header rows in <thead> with column headers (`th scope="col"`), the rest in
// <tbody>; a header row further down keeps its <th> cells. Valid HTML (W3C), every text escaped.
import type { TableBlock } from '../documentTree/exportDocument';

export function tableHtml(table: TableBlock, inlinesHtml: (inlines: TableBlock['rows'][number]['cells'][number]) => string): string {
  const headCount = table.rows.findIndex((row) => !row.header);
  const head = table.rows.slice(0, headCount === -1 ? table.rows.length : headCount);
  const body = table.rows.slice(head.length);
  const rowHtml = (row: TableBlock['rows'][number], scope: string) =>
    `<tr>${row.cells.map((cell) => (row.header ? `<th${scope}>${inlinesHtml(cell)}</th>` : `<td>${inlinesHtml(cell)}</td>`)).join('')}</tr>`;
  const parts = ['<table>'];
  if (head.length > 0) parts.push('<thead>', ...head.map((row) => rowHtml(row, ' scope="col"')), '</thead>');
  if (body.length > 0) parts.push('<tbody>', ...body.map((row) => rowHtml(row, '')), '</tbody>');
  parts.push('</table>');
  return parts.join('\n');
}
