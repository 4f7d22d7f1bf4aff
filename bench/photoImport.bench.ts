// Importing twenty 24-megapixel camera JPEGs: per photo, the time until it is stored with its thumbnail and its
// display size, and the peak RSS of the process doing it. Side by side, in the same run on the same files,
// ImageMagick making the same two sizes: `convert -auto-orient -thumbnail 320x320` plus `-resize 1600x1600`.
// Each side runs in processes of its own (a child Node process for Newsdesk, /usr/bin/time around each convert)
// so a peak RSS is that side's alone. Also the two big cases the tests only check for correctness: an
// 80-megapixel JPEG and a 200 MB TIFF. Targets (issue 5): at most 0.5× ImageMagick's time, peak RSS < 300 MB.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import type { Bench } from './lib/results';
import { summarize, type CaseFigures } from './lib/stats';
import { withTempDir } from './lib/tempDir';
import { distinctCopies, measureThroughput, throughputCount } from './photoImport/throughput';

const photos = 20;
const width = 6000;
const height = 4000;
const workerScript = path.join(import.meta.dirname, 'photoImport.worker.ts');
/** `--throughput-only`: only the many-photos import and its ImageMagick peer (item 5), not the per-photo figures. */
const throughputOnly = process.argv.includes('--throughput-only');

interface WorkerResult {
  timesMs: number[];
  maxRssKb: number;
}

/** Noise over a gradient at quality 85: about the size and entropy of a camera JPEG. Every other one portrait (EXIF 6). */
async function cameraJpeg(file: string, seed: number, size = { width, height }): Promise<void> {
  const gradient = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}"><defs><linearGradient id="g"><stop offset="0" stop-color="hsl(${(seed * 37) % 360},60%,35%)"/><stop offset="1" stop-color="hsl(${(seed * 37 + 140) % 360},55%,70%)"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/></svg>`,
  );
  const noise = await sharp({ create: { ...size, channels: 3, background: '#000', noise: { type: 'gaussian', mean: 128, sigma: 18 } } })
    .png({ compressionLevel: 0 })
    .toBuffer();
  await sharp(gradient)
    .composite([{ input: noise, blend: 'overlay' }])
    .withMetadata({ orientation: seed % 2 === 0 ? 1 : 6 })
    .jpeg({ quality: 85 })
    .toFile(file);
}

function runWorker(dataDir: string, warmUp: string, files: string[], env: Record<string, string> = {}): WorkerResult {
  const output = execFileSync(process.execPath, ['--import', 'tsx', workerScript, dataDir, warmUp, ...files], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
    env: { ...process.env, ...env },
  });
  return JSON.parse(output.trim().split('\n').at(-1)!) as WorkerResult;
}

function hasCommand(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

/** One convert under /usr/bin/time: wall time in ms and max RSS in KB. */
function timedConvert(args: string[]): { ms: number; maxRssKb: number } {
  const start = process.hrtime.bigint();
  const run = spawnSync('/usr/bin/time', ['-f', '%M', 'convert', ...args], { encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0) throw new Error(`convert ${args.join(' ')} failed: ${run.stderr}`);
  return { ms, maxRssKb: Number(run.stderr.trim().split('\n').at(-1)) };
}

const mb = (kb: number) => Math.round(kb / 1024);

const bench: Bench = {
  description: `import of ${photos} generated ${(width * height) / 1e6}-megapixel JPEGs (stored + thumbnail + display size), per photo, vs ImageMagick making the same two sizes; peak RSS per side; then one import of ${throughputCount} such photos (photos per second) vs ImageMagick with xargs -P 2`,
  async run() {
    return withTempDir('newsdesk-bench-photos', async (dir) => {
      const inbox = path.join(dir, 'inbox');
      fs.mkdirSync(inbox);
      const files: string[] = [];
      // The throughput part copies these (distinct bytes, same pixels): a few are enough when it runs alone.
      for (let i = 0; i < (throughputOnly ? 4 : photos); i++) {
        const file = path.join(inbox, `DSC_${String(i + 1).padStart(4, '0')}.jpg`);
        await cameraJpeg(file, i);
        files.push(file);
      }
      const warmUp = path.join(inbox, 'warm-up.jpg');
      await cameraJpeg(warmUp, 99, { width: 640, height: 480 });
      const meanMb = files.reduce((sum, file) => sum + fs.statSync(file).size, 0) / files.length / 1024 / 1024;

      const hasImageMagick = hasCommand('convert', ['-version']) && hasCommand('/usr/bin/time', ['-f', '%M', 'true']);
      const throughput = measureThroughput(dir, distinctCopies(files, throughputCount, path.join(dir, 'card')), warmUp, hasImageMagick);
      if (throughputOnly) return { context: { photoMegapixels: (width * height) / 1e6, sharpConcurrencyDefault: sharp.concurrency(), ...throughput.context }, cases: throughput.cases };

      const newsdesk = runWorker(path.join(dir, 'library'), warmUp, files);
      const cases: CaseFigures[] = [summarize('Newsdesk importPhotos (sharp): stored + thumb + display', newsdesk.timesMs)];
      const context: Record<string, string | number> = {
        photos,
        megapixels: (width * height) / 1e6,
        meanFileMb: Math.round(meanMb * 10) / 10,
        sharp: sharp.versions.sharp ?? '?',
        libvips: sharp.versions.vips,
        newsdeskPeakRssMb: mb(newsdesk.maxRssKb),
        // glibc gives each libuv worker thread its own malloc arena; libvips' freed buffers linger in them.
        newsdeskPeakRssMbWithMallocArenaMax2: mb(runWorker(path.join(dir, 'library-arenas'), warmUp, files, { MALLOC_ARENA_MAX: '2' }).maxRssKb),
      };

      if (!hasImageMagick) {
        process.stdout.write('ImageMagick (convert) or /usr/bin/time is missing: the ImageMagick side is not measured.\n');
        context.imageMagick = 'missing';
      } else {
        const out = path.join(dir, 'magick');
        fs.mkdirSync(out);
        const twoCommands: number[] = [];
        const oneCommand: number[] = [];
        let twoRss = 0;
        let oneRss = 0;
        for (const [i, file] of files.entries()) {
          const thumb = timedConvert([file, '-auto-orient', '-thumbnail', '320x320', path.join(out, `${i}-thumb.jpg`)]);
          const display = timedConvert([file, '-auto-orient', '-resize', '1600x1600', path.join(out, `${i}-display.jpg`)]);
          twoCommands.push(thumb.ms + display.ms);
          twoRss = Math.max(twoRss, thumb.maxRssKb, display.maxRssKb);
          // The same two sizes from one decode: ImageMagick at its most favourable.
          const both = timedConvert([file, '-auto-orient', '(', '+clone', '-resize', '1600x1600', '-write', path.join(out, `${i}-d.jpg`), '+delete', ')', '-thumbnail', '320x320', path.join(out, `${i}-t.jpg`)]);
          oneCommand.push(both.ms);
          oneRss = Math.max(oneRss, both.maxRssKb);
        }
        cases.push(summarize('ImageMagick convert -thumbnail 320x320 + convert -resize 1600x1600', twoCommands));
        cases.push(summarize('ImageMagick, one convert writing both sizes', oneCommand));
        const version = execFileSync('convert', ['-version'], { encoding: 'utf8' }).split('\n')[0]!.replace(/^Version: /, '');
        Object.assign(context, {
          imageMagick: version.split(' https')[0]!,
          imageMagickPeakRssMb: mb(twoRss),
          imageMagickOneCommandPeakRssMb: mb(oneRss),
          p50RatioToImageMagick: Math.round((cases[0]!.p50Ms / cases[1]!.p50Ms) * 100) / 100,
          p50RatioToOneCommand: Math.round((cases[0]!.p50Ms / cases[2]!.p50Ms) * 100) / 100,
        });
      }

      // The big cases, each alone in a fresh process and library.
      const big80 = path.join(inbox, 'camera-80mp.jpg');
      await cameraJpeg(big80, 80, { width: 10_328, height: 7_760 });
      const big200 = path.join(inbox, 'scan-200mb.tif');
      await sharp({ create: { width: 8200, height: 8200, channels: 3, background: { r: 40, g: 90, b: 160 } } }).tiff({ compression: 'none' }).toFile(big200);
      const eighty = runWorker(path.join(dir, 'library-80'), warmUp, [big80]);
      const twoHundred = runWorker(path.join(dir, 'library-200'), warmUp, [big200]);
      cases.push(summarize(`Newsdesk, one 80 MP JPEG (${Math.round(fs.statSync(big80).size / 1024 / 1024)} MB)`, eighty.timesMs));
      cases.push(summarize(`Newsdesk, one ${Math.round(fs.statSync(big200).size / 1e6)} MB TIFF (8200 × 8200)`, twoHundred.timesMs));
      Object.assign(context, { peakRss80MpMb: mb(eighty.maxRssKb), peakRss200MbTiffMb: mb(twoHundred.maxRssKb), sharpConcurrencyDefault: sharp.concurrency() }, throughput.context);
      return { context, cases: [...cases, ...throughput.cases] };
    });
  },
};

export default bench;
