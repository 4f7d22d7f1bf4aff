// A table node → the export document's table: its grid as runs, every row as wide as the widest. A table
// with no text in any cell is the editor's leftover, not content, and leaves nothing.
import { tableGrid } from '../../common/document/table';
import type { DocNode } from '../../common/document/docNode';
import type { Block, Inline } from './exportDocument';
import { inlineRuns, trimRuns } from './inlineRuns';

export function tableBlock(node: DocNode): Block[] {
  const grid = tableGrid(node);
  const width = Math.max(0, ...grid.map((row) => row.cells.length));
  const rows = grid.map((row) => ({
    header: row.header,
    cells: Array.from({ length: width }, (_, index): Inline[] => trimRuns(inlineRuns(row.cells[index] ?? []))),
  }));
  const hasText = rows.some((row) => row.cells.some((cell) => cell.length > 0));
  return hasText ? [{ kind: 'table', rows }] : [];
}
