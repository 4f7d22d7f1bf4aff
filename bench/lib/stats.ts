// Percentiles by the nearest-rank method: the value below which p% of the samples fall.

export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('no samples');
  if (p < 0 || p > 100) throw new Error(`percentile ${p} is outside 0..100`);
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

export interface CaseFigures {
  case: string;
  p50Ms: number;
  p95Ms: number;
  runs: number;
}

export function summarize(name: string, samples: readonly number[]): CaseFigures {
  const round = (ms: number) => Math.round(ms * 1000) / 1000;
  return { case: name, p50Ms: round(percentile(samples, 50)), p95Ms: round(percentile(samples, 95)), runs: samples.length };
}
