// A table as a pipe table (GFM, which markdown-it and most Markdown tools read). A pipe table must start with
// a header row: a table without one gets an empty header row, which the import drops again. A line break in a
// cell has no form in a pipe table (and no raw HTML is written), so it becomes a space; `|` is escaped.
import type { TableBlock } from '../documentTree/exportDocument';
import { inlineMarkdown } from './markdownInline';

export function markdownTable(table: TableBlock): string {
  const width = table.rows[0]?.cells.length ?? 0;
  if (width === 0) return '';
  const [first, ...rest] = table.rows;
  const head = first!.header ? first!.cells.map(cellMarkdown) : Array.from({ length: width }, () => '');
  const body = (first!.header ? rest : table.rows).map((row) => row.cells.map(cellMarkdown));
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...body.map(line)].join('\n');
}

function cellMarkdown(cell: TableBlock['rows'][number]['cells'][number]): string {
  const oneLine = cell.map((run) => (run.kind === 'break' ? { kind: 'text' as const, text: ' ', bold: false, italic: false, underline: false } : run));
  // Text pipes are escaped already; one in a link's address is not, and would end the cell.
  return inlineMarkdown(oneLine).replace(/(?<!\\)\|/g, '\\|');
}
