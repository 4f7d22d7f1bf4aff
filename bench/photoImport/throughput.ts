// Throughput (issue 15, item 5): one import of many 24-megapixel photos, as a drop of a card's worth does,
// in photos per second, with the store working on 1 or 2 at a time; next to ImageMagick making the same two
// sizes with `xargs -P 2` on the same files, in the same run. `--count=N` photos (100 by default).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { CaseFigures } from '../lib/stats';

const workerScript = path.join(import.meta.dirname, 'throughput.worker.ts');

export const throughputCount = Number(process.argv.find((arg) => arg.startsWith('--count='))?.slice('--count='.length) ?? 100);

/**
 * `count` distinct files from a few generated ones: each copy gets a JPEG comment of its own right after the
 * start marker, so its bytes (and the store's SHA-256) differ while the pixels to decode are the same.
 */
export function distinctCopies(sources: string[], count: number, dir: string): string[] {
  fs.mkdirSync(dir, { recursive: true });
  return Array.from({ length: count }, (_, i) => {
    const bytes = fs.readFileSync(sources[i % sources.length]!);
    const text = Buffer.from(`newsdesk bench copy ${i}`);
    const comment = Buffer.concat([Buffer.from([0xff, 0xfe, 0, text.length + 2]), text]);
    const file = path.join(dir, `IMG_${String(i + 1).padStart(4, '0')}.jpg`);
    fs.writeFileSync(file, Buffer.concat([bytes.subarray(0, 2), comment, bytes.subarray(2)]));
    return file;
  });
}

interface Run {
  ms: number;
  maxRssKb: number;
}

function newsdesk(dataDir: string, width: number, threads: string, warmUp: string, files: string[]): Run {
  const output = execFileSync(process.execPath, ['--import', 'tsx', workerScript, dataDir, String(width), threads, warmUp, ...files], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(output.trim().split('\n').at(-1)!) as Run;
}

/** The same two sizes per file, one convert per file writing both, two at a time. */
function imageMagick(files: string[], out: string): Run {
  fs.mkdirSync(out, { recursive: true });
  const script = `f="$1"; b=$(basename "$f" .jpg); exec convert "$f" -auto-orient '(' +clone -resize 1600x1600 -write "${out}/$b-d.jpg" +delete ')' -thumbnail 320x320 "${out}/$b-t.jpg"`;
  const start = process.hrtime.bigint();
  const run = spawnSync('xargs', ['-0', '-n', '1', '-P', '2', 'sh', '-c', script, 'convert-one'], { input: files.join('\0'), encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0) throw new Error(`xargs convert failed: ${run.stderr}`);
  return { ms, maxRssKb: 0 };
}

const perSecond = (count: number, ms: number) => Math.round((count / (ms / 1000)) * 100) / 100;

export function measureThroughput(dir: string, files: string[], warmUp: string, hasImageMagick: boolean): { cases: CaseFigures[]; context: Record<string, string | number> } {
  const count = files.length;
  const one = newsdesk(path.join(dir, 'library-one'), 1, 'default', warmUp, files);
  const two = newsdesk(path.join(dir, 'library-two'), 2, 'default', warmUp, files);
  const twoThreaded = newsdesk(path.join(dir, 'library-two-threads'), 2, '2', warmUp, files);
  // One import's whole time over its photos: the mean time per photo, in both columns.
  const row = (label: string, run: Run): CaseFigures => {
    const mean = Math.round((run.ms / count) * 10) / 10;
    return { case: label, p50Ms: mean, p95Ms: mean, runs: count };
  };
  const cases = [
    row('throughput: Newsdesk, one import, 1 photo at a time (ms per photo)', one),
    row('throughput: Newsdesk, one import, 2 at a time (ms per photo)', two),
    row('throughput: Newsdesk, 2 at a time, sharp.concurrency(2) (ms per photo)', twoThreaded),
  ];
  const context: Record<string, string | number> = {
    throughputPhotos: count,
    newsdeskPhotosPerSecond1: perSecond(count, one.ms),
    newsdeskPhotosPerSecond2: perSecond(count, two.ms),
    newsdeskPhotosPerSecond2Threads2: perSecond(count, twoThreaded.ms),
    newsdeskPeakRssMb1: Math.round(one.maxRssKb / 1024),
    newsdeskPeakRssMb2: Math.round(two.maxRssKb / 1024),
  };
  if (hasImageMagick) {
    const magick = imageMagick(files, path.join(dir, 'magick-xargs'));
    cases.push(row('throughput: ImageMagick, one convert per photo writing both sizes, xargs -P 2 (ms per photo)', magick));
    Object.assign(context, {
      imageMagickPhotosPerSecond: perSecond(count, magick.ms),
      throughputRatioToImageMagick: Math.round((magick.ms / two.ms) * 100) / 100,
    });
  }
  return { cases, context };
}
