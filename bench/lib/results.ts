// Where a bench leaves its figures: bench/results/<name>.json, committed so changes show up in review.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CaseFigures } from './stats';

export const benchDir = fileURLToPath(new URL('..', import.meta.url));
export const resultsDir = path.join(benchDir, 'results');

export interface BenchReport {
  /** Free-form facts about the run: sizes, versions, settings. */
  context: Record<string, string | number>;
  cases: CaseFigures[];
}

export interface Bench {
  description: string;
  run(): Promise<BenchReport>;
}

export function writeResults(name: string, report: BenchReport): string {
  fs.mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `${name}.json`);
  const document = { name, date: new Date().toISOString(), node: process.version, platform: `${process.platform}-${process.arch}`, ...report };
  fs.writeFileSync(file, `${JSON.stringify(document, null, 2)}\n`);
  return file;
}
