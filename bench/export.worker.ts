// Run by export.bench.ts in a child process of its own, so its peak RSS is the export's alone:
//   node --import tsx bench/export.worker.ts <data dir> <article id> <format> <photo size> <out dir> <runs>
// Exports the article once to warm up (loads docx, sharp, exiftool as an app that has exported before),
// then <runs> times, and prints one JSON line: { timesMs: number[], maxRssKb: number, bytes: number }.
import fs from 'node:fs';
import path from 'node:path';
import { exportArticleTo } from '../export/exportArticleTo';
import { openLibrary } from '../library/openLibrary';
import type { PhotoExportSize } from '../contract/schemas/articleExport';

const [dataDir, id, format, photoSize, outDir, runs] = process.argv.slice(2);
if (!dataDir || !id || !format || !photoSize || !outDir || !runs) throw new Error('usage: export.worker.ts <data dir> <article id> <format> <photo size> <out dir> <runs>');

const library = openLibrary(dataDir);
try {
  const once = async (run: number) => exportArticleTo(library, Number(id), { format, photoSize: photoSize as PhotoExportSize, outDir: path.join(outDir, String(run)) });
  await once(0);
  const timesMs: number[] = [];
  let written = '';
  for (let run = 1; run <= Number(runs); run += 1) {
    const start = process.hrtime.bigint();
    written = (await once(run)).path;
    timesMs.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  process.stdout.write(`${JSON.stringify({ timesMs, maxRssKb: peakRssKb(), bytes: fs.statSync(written).size })}\n`);
} finally {
  library.close();
}

/** VmHWM, this process image's own peak (getrusage's maxRSS carries the parent's across fork and exec). */
function peakRssKb(): number {
  const status = fs.existsSync('/proc/self/status') ? fs.readFileSync('/proc/self/status', 'utf8') : '';
  const match = /^VmHWM:\s+(\d+) kB$/m.exec(status);
  return match ? Number(match[1]) : process.resourceUsage().maxRSS;
}
