// An HTML table → the editor's table node. Rows come from thead, tbody, tfoot or the table itself, in order;
// a row of th cells is a header row. A merged cell (colspan/rowspan) is split (splitMergedCells): its text
// stays in its first cell, the cells it covered come back empty, and the import's report says so. A cell's
// blocks (paragraphs, list items) become its lines. A table that lays out a page (isLayoutTable) is not a
// data table: the caller unwraps it into its blocks instead, as it did before tables came in.
import { tableNode, type TableGridRow } from '../../common/document/table';
import { cellsOf, splitMergedCells, tableRows } from '../../common/document/tableSpans';
import type { DocNode } from '../../contract/schemas/document';

/** Reads a cell's content as blocks (the HTML import's own reading), so marks and links come out the same. */
export type CellBlocks = (cell: Element) => DocNode[];

export interface HtmlTable {
  node: DocNode;
  /** How many cells spanned more than one column or row. */
  mergedCells: number;
}

/** A table that holds a table, a headline or a picture, sits inside another, or has one column, lays out a page. */
export function isLayoutTable(table: Element): boolean {
  if (table.querySelector('table, h1, img, figure') !== null || table.parentElement?.closest('table')) return true;
  return !tableRows(table).some((row) => cellsOf(row).length > 1);
}

export function htmlTable(table: Element, cellBlocks: CellBlocks): HtmlTable | undefined {
  const mergedCells = splitMergedCells(table);
  const rows: TableGridRow[] = tableRows(table)
    .map((row) => {
      const cells = cellsOf(row);
      return { header: cells.length > 0 && cells.every((cell) => cell.localName === 'th'), cells: cells.map((cell) => cellInlines(cellBlocks(cell))) };
    })
    // A row with no text (the empty header row a Markdown pipe table needs, a spacer row) carries nothing.
    .filter((row) => row.cells.some((cell) => cell.some((node) => node.type === 'text' && node.text!.trim() !== '')));
  return rows.length > 0 ? { node: tableNode(rows), mergedCells } : undefined;
}

/** Every text block in the cell becomes one line of it. */
function cellInlines(blocks: readonly DocNode[]): DocNode[] {
  const lines: DocNode[][] = [];
  const visit = (node: DocNode) => {
    const children = node.content ?? [];
    if (children.some((child) => child.type === 'text' || child.type === 'hardBreak')) lines.push(children);
    else children.forEach(visit);
  };
  blocks.forEach(visit);
  return lines.flatMap((line, index) => [...(index > 0 ? [{ type: 'hardBreak' }] : []), ...line]);
}
