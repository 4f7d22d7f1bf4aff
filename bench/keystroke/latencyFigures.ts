// Summaries and the printed table of the keystroke bench: p50 and p95 (nearest rank, as every bench), mean and
// max, and the issue's two targets.
import { percentile, type CaseFigures } from '../lib/stats';

export interface LatencyFigures extends CaseFigures {
  meanMs: number;
  maxMs: number;
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;

/** `runs` is the number of keystrokes measured. */
export function summarizeLatency(name: string, samples: readonly number[]): LatencyFigures {
  const mean = samples.reduce((sum, ms) => sum + ms, 0) / samples.length;
  return {
    case: name,
    p50Ms: round(percentile(samples, 50)),
    p95Ms: round(percentile(samples, 95)),
    meanMs: round(mean),
    maxMs: round(Math.max(...samples)),
    runs: samples.length,
  };
}

export interface Targets {
  p95UnderMs: number;
  maxRatio: number;
}

export interface Verdict {
  ratio: number;
  p95Met: boolean;
  ratioMet: boolean;
}

export function verdict(real: LatencyFigures, bare: LatencyFigures, targets: Targets): Verdict {
  const ratio = Math.round((real.p95Ms / bare.p95Ms) * 100) / 100;
  return { ratio, p95Met: real.p95Ms < targets.p95UnderMs, ratioMet: ratio <= targets.maxRatio };
}

export function latencyTable(rows: readonly LatencyFigures[]): string {
  const header = ['case', 'p50 ms', 'p95 ms', 'mean ms', 'max ms', 'keystrokes'];
  const body = rows.map((row) => [row.case, ...[row.p50Ms, row.p95Ms, row.meanMs, row.maxMs].map((ms) => ms.toFixed(2)), String(row.runs)]);
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((cells) => cells[column]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join(' | ')} |`;
  const rule = `| ${widths.map((width, column) => (column === 0 ? '-'.repeat(width) : `${'-'.repeat(width - 1)}:`)).join(' | ')} |`;
  return [line(header), rule, ...body.map(line)].join('\n');
}

export function verdictLines(real: LatencyFigures, bare: LatencyFigures, targets: Targets): string {
  const { ratio, p95Met, ratioMet } = verdict(real, bare, targets);
  const mark = (met: boolean) => (met ? 'met' : 'NOT met');
  return [
    `  real p95 ${real.p95Ms.toFixed(2)} ms < ${targets.p95UnderMs} ms: ${mark(p95Met)}`,
    `  real p95 / bare p95 = ${ratio.toFixed(2)} ≤ ${targets.maxRatio}: ${mark(ratioMet)}`,
  ].join('\n');
}
