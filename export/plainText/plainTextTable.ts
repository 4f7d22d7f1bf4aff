// A table as plain text: one line per row, its cells separated by tabs, as a spreadsheet pastes it. A tab or
// a line break inside a cell would split it, so each becomes a space.
import { inlineText, type DocNode } from '../../common/document/docNode';
import { tableGrid } from '../../common/document/table';

export function plainTextTableLines(table: DocNode): string[] {
  const rows = tableGrid(table).map((row) => row.cells.map((cell) => inlineText(cell).replace(/\s+/gu, ' ').trim()));
  // A row of empty cells would be a line of tabs alone, which reads back as a blank line: it goes.
  return rows.filter((cells) => cells.some((cell) => cell !== '')).map((cells) => cells.join('\t'));
}
