// Merged cells taken apart, in an HTML table's own DOM: a cell spanning columns or rows keeps its content in
// its first place, and every place it covered gets an empty cell of its kind (th or td), so the table becomes
// the plain grid the editor holds. Used by the file import and by paste alike.

/** Splits every merged cell of `table` (not of tables inside it); returns how many cells spanned. */
export function splitMergedCells(table: Element): number {
  const rows = tableRows(table);
  const grid: ({ cell: Element; origin: boolean } | undefined)[][] = rows.map(() => []);
  let merged = 0;
  rows.forEach((row, rowIndex) => {
    let column = 0;
    for (const cell of cellsOf(row)) {
      while (grid[rowIndex]![column] !== undefined) column += 1;
      const colspan = span(cell.getAttribute('colspan'));
      const rowspan = Math.min(span(cell.getAttribute('rowspan')), rows.length - rowIndex);
      if (colspan > 1 || rowspan > 1) merged += 1;
      for (let down = 0; down < rowspan; down += 1) {
        for (let across = 0; across < colspan; across += 1) grid[rowIndex + down]![column + across] = { cell, origin: down === 0 && across === 0 };
      }
      cell.removeAttribute('colspan');
      cell.removeAttribute('rowspan');
      column += colspan;
    }
  });
  if (merged === 0) return 0;
  rows.forEach((row, rowIndex) => {
    for (const place of Array.from(grid[rowIndex]!)) {
      if (!place) continue;
      row.append(place.origin ? place.cell : row.ownerDocument.createElement(place.cell.localName));
    }
  });
  return merged;
}

export function tableRows(table: Element): Element[] {
  return Array.from(table.children).flatMap((child) => {
    if (child.localName === 'tr') return [child];
    if (['thead', 'tbody', 'tfoot'].includes(child.localName)) return Array.from(child.children).filter((row) => row.localName === 'tr');
    return [];
  });
}

export function cellsOf(row: Element): Element[] {
  return Array.from(row.children).filter((cell) => cell.localName === 'td' || cell.localName === 'th');
}

/** A span as HTML reads it: a whole number from 1, capped so a hostile file cannot blow the grid up. */
function span(value: string | null): number {
  const number = Number.parseInt(value ?? '1', 10);
  return Number.isFinite(number) && number > 1 ? Math.min(number, 100) : 1;
}
