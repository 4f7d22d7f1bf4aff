// Run by the photoImport bench's throughput part in a process of its own:
//   node --import tsx bench/photoImport/throughput.worker.ts <data dir> <width> <sharp threads|default> <warm-up> <photo>…
// Imports all the photos in one importPhotos call, as a drop of many photos does, the store working on
// `width` at a time, and prints one JSON line: { ms: number, maxRssKb: number }.
import fs from 'node:fs';
import sharp from 'sharp';
import { openLibrary } from '../../library/openLibrary';
import { PhotoStore, defaultPhotoLimits } from '../../photos/photoStore';

const [dataDir, width, threads, warmUp, ...files] = process.argv.slice(2);
if (!dataDir || !width || !threads || !warmUp || files.length === 0) throw new Error('usage: throughput.worker.ts <data dir> <width> <sharp threads|default> <warm-up> <photo>…');
if (threads !== 'default') sharp.concurrency(Number(threads));

const library = openLibrary(dataDir);
try {
  const store = new PhotoStore(library.db, dataDir, defaultPhotoLimits, Number(width));
  await store.importPhotos([warmUp]);
  const start = process.hrtime.bigint();
  const outcomes = await store.importPhotos(files);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const failed = outcomes.filter((outcome) => !outcome.ok || outcome.duplicate);
  if (failed.length > 0) throw new Error(`${failed.length} photos were not imported as new ones: ${JSON.stringify(failed[0])}`);
  const status = fs.readFileSync('/proc/self/status', 'utf8');
  process.stdout.write(`${JSON.stringify({ ms, maxRssKb: Number(/^VmHWM:\s+(\d+) kB$/m.exec(status)?.[1] ?? 0) })}\n`);
} finally {
  library.close();
}
