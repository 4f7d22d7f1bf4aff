// Renderer cold start to an interactive library of 100,000 articles; the bench lives in bench/coldStart/.
//   npm run bench -- coldStart                         (generates 100,000 articles first: many minutes)
//   npm run bench -- coldStart --archive=DIR           (a folder bench/archive/generateArchive.ts built)
import type { Bench } from './lib/results';
import { runColdStartBench, runs, warmup } from './coldStart/coldStartBench';

const bench: Bench = {
  description: `navigation → the library's first rows interactive (headline buttons in the DOM), renderer built from the working tree, loopback transport, headless Chromium, a fresh context each run (${runs} runs after ${warmup} warm-up); the first screen's JavaScript, gzipped`,
  run: runColdStartBench,
};

export default bench;
