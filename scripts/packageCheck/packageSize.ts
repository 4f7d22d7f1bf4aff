// The size budget: app.asar plus app.asar.unpacked on Linux, in MB (10^6 bytes), with the largest parts named.
import type { Finding } from './findings';
import type { PackagedFile } from './packagedFiles';

export const sizeBudgetMb = 80;

export interface SizeReport {
  asarBytes: number;
  unpackedBytes: number;
  /** Largest first: a package under node_modules, or a folder of the app (dist/electron, dist/renderer). */
  parts: { name: string; bytes: number; unpacked: boolean }[];
}

export function partOf(file: string): string {
  const inModules = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  if (inModules?.[1]) return inModules[1];
  return file.split('/').slice(0, 2).join('/');
}

export function sizeReport(files: readonly PackagedFile[], asarBytes: number, unpackedBytes: number): SizeReport {
  const parts = new Map<string, { bytes: number; unpacked: boolean }>();
  for (const file of files) {
    const part = parts.get(partOf(file.path)) ?? { bytes: 0, unpacked: false };
    part.bytes += file.size;
    part.unpacked ||= file.unpacked;
    parts.set(partOf(file.path), part);
  }
  const sorted = [...parts].map(([name, part]) => ({ name, ...part })).sort((a, b) => b.bytes - a.bytes);
  return { asarBytes, unpackedBytes, parts: sorted };
}

const mb = (bytes: number) => (bytes / 1e6).toFixed(1).padStart(6);

export function formatSizeReport(report: SizeReport, shown = 12): string {
  const total = report.asarBytes + report.unpackedBytes;
  const rest = report.parts.slice(shown).reduce((sum, part) => sum + part.bytes, 0);
  return [
    '    MB  part',
    ...report.parts.slice(0, shown).map((part) => `${mb(part.bytes)}  ${part.name}${part.unpacked ? ' (unpacked)' : ''}`),
    `${mb(rest)}  ${report.parts.length - Math.min(shown, report.parts.length)} other parts`,
    `${mb(report.asarBytes)}  app.asar`,
    `${mb(report.unpackedBytes)}  app.asar.unpacked`,
    `${mb(total)}  total (budget ${sizeBudgetMb} MB)`,
  ].join('\n');
}

export function checkSizeBudget(report: SizeReport): Finding[] {
  const total = (report.asarBytes + report.unpackedBytes) / 1e6;
  return total <= sizeBudgetMb ? [] : [{ kind: 'wrong', what: `app.asar and app.asar.unpacked hold ${total.toFixed(1)} MB, over the ${sizeBudgetMb} MB budget` }];
}
