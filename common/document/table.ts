// The table, one model for every path: the editor's nodes (table > tableRow > tableHeader | tableCell >
// paragraph) with the attributes TipTap gives them, built and read here so every import writes the shape the
// editor writes and every export reads it the same. A grid is plain: no merged cells; a row whose cells are
// all header cells is a header row. A cell's paragraphs read as one line each (a hard break between them).
import type { DocNode } from './docNode';

export const tableNodeType = 'table';

export interface TableGridRow {
  header: boolean;
  /** Each cell's inline content (text with marks, hard breaks). */
  cells: DocNode[][];
}

/** The attributes TipTap's cell nodes carry; an import writes them too, so its table equals the editor's. */
const cellAttrs = { colspan: 1, rowspan: 1, colwidth: null, align: null };

/** A table node from rows of cells; short rows are padded with empty cells so the grid is rectangular. */
export function tableNode(rows: readonly TableGridRow[]): DocNode {
  const width = Math.max(1, ...rows.map((row) => row.cells.length));
  return {
    type: tableNodeType,
    content: rows.map((row) => ({
      type: 'tableRow',
      content: Array.from({ length: width }, (_, index) => cellNode(row.header, row.cells[index] ?? [])),
    })),
  };
}

function cellNode(header: boolean, inlines: readonly DocNode[]): DocNode {
  const paragraph: DocNode = inlines.length > 0 ? { type: 'paragraph', content: [...inlines] } : { type: 'paragraph' };
  return { type: header ? 'tableHeader' : 'tableCell', attrs: { ...cellAttrs }, content: [paragraph] };
}

/** A table node's rows; a cell's paragraphs are joined by hard breaks. Anything not a row or cell is skipped. */
export function tableGrid(table: DocNode): TableGridRow[] {
  return (table.content ?? [])
    .filter((row) => row.type === 'tableRow')
    .map((row) => {
      const cells = (row.content ?? []).filter((cell) => cell.type === 'tableHeader' || cell.type === 'tableCell');
      return { header: cells.length > 0 && cells.every((cell) => cell.type === 'tableHeader'), cells: cells.map(cellInlines) };
    })
    .filter((row) => row.cells.length > 0);
}

function cellInlines(cell: DocNode): DocNode[] {
  const lines: DocNode[][] = [];
  const visit = (node: DocNode) => {
    const children = node.content ?? [];
    if (children.some((child) => child.type === 'text' || child.type === 'hardBreak')) lines.push(children);
    else if (node.type === 'paragraph') lines.push([]);
    else children.forEach(visit);
  };
  (cell.content ?? []).forEach(visit);
  const nonEmpty = lines.length > 1 ? lines.filter((line) => line.length > 0) : lines;
  return nonEmpty.flatMap((line, index) => [...(index > 0 ? [{ type: 'hardBreak' }] : []), ...line]);
}
