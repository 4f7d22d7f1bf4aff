// Wall-clock timing of one synchronous or async step, in milliseconds, with process.hrtime.bigint().

export interface TimingOptions {
  runs: number;
  /** Runs before measuring (JIT, SQLite page cache, statement cache); never counted. */
  warmup: number;
}

export async function measure(step: (run: number) => unknown, { runs, warmup }: TimingOptions): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await step(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await step(warmup + i);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return samples;
}
