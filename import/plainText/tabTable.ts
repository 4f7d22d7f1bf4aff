// Tab-separated lines read back as a table: what our plain-text export writes for one (a line per row, cells
// separated by tabs), and what a spreadsheet puts on the clipboard. Only when that is unambiguous: two lines or
// more, every one holding the same number of cells (two or more). Plain text has no header mark, so the first
// row is taken as the header, as the editor's tables have one.
import { tableNode } from '../../common/document/table';
import type { DocNode } from '../../contract/schemas/document';

export function tabSeparatedTable(lines: readonly string[]): DocNode | undefined {
  if (lines.length < 2 || !lines.every((line) => line.includes('\t'))) return undefined;
  const rows = lines.map((line) => line.split('\t').map((cell) => cell.trim()));
  const width = rows[0]!.length;
  if (!rows.every((row) => row.length === width)) return undefined;
  return tableNode(rows.map((cells, index) => ({ header: index === 0, cells: cells.map((cell) => (cell ? [{ type: 'text', text: cell }] : [])) })));
}
