// Run by photoImport.bench.ts in a child process of its own, so its peak RSS is the import's alone:
//   node --import tsx bench/photoImport.worker.ts <data dir> <warm-up photo> <photo>…
// Imports each photo on its own (stored + thumbnail + display size), then prints one JSON line:
// { timesMs: number[], maxRssKb: number }.
import fs from 'node:fs';
import { openLibrary } from '../library/openLibrary';

const [dataDir, warmUp, ...files] = process.argv.slice(2);
if (!dataDir || !warmUp || files.length === 0) throw new Error('usage: photoImport.worker.ts <data dir> <warm-up photo> <photo>…');

const library = openLibrary(dataDir);
try {
  // Loads sharp and exifr and opens the photo folders, like an app that has imported before.
  await importOrThrow(warmUp);
  const timesMs: number[] = [];
  for (const file of files) {
    const start = process.hrtime.bigint();
    await importOrThrow(file);
    timesMs.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  process.stdout.write(`${JSON.stringify({ timesMs, maxRssKb: peakRssKb() })}\n`);
} finally {
  library.close();
}

async function importOrThrow(file: string): Promise<void> {
  const [outcome] = await library.photos.importPhotos([file]);
  if (!outcome?.ok || outcome.duplicate) throw new Error(`${file} was not imported as a new photo: ${JSON.stringify(outcome)}`);
}

/**
 * The peak RSS of this process image. Not getrusage's maxRSS: Linux carries the parent's peak across fork and
 * exec into it, so a child of a big parent would report the parent's size. VmHWM is this process's own.
 */
function peakRssKb(): number {
  const status = fs.existsSync('/proc/self/status') ? fs.readFileSync('/proc/self/status', 'utf8') : '';
  const match = /^VmHWM:\s+(\d+) kB$/m.exec(status);
  return match ? Number(match[1]) : process.resourceUsage().maxRSS;
}
