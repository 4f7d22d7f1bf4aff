// A small Markdown table of bench figures: case | p50 ms | p95 ms | runs.
import type { CaseFigures } from './stats';

export function markdownTable(rows: readonly CaseFigures[]): string {
  const body = rows.map((row) => [row.case, row.p50Ms.toFixed(3), row.p95Ms.toFixed(3), String(row.runs)]);
  const header = ['case', 'p50 ms', 'p95 ms', 'runs'];
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((cells) => cells[column]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join(' | ')} |`;
  const rule = `| ${widths.map((width, column) => (column === 0 ? '-'.repeat(width) : `${'-'.repeat(width - 1)}:`)).join(' | ')} |`;
  return [line(header), rule, ...body.map(line)].join('\n');
}
