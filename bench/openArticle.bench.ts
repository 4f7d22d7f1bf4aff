// Opening a long article from the library, real editor next to bare TipTap; the bench lives in bench/openArticle/.
import type { Bench } from './lib/results';
import { figures, runs, runOpenArticleBench, warmup, words } from './openArticle/openArticleBench';

const bench: Bench = {
  description: `click on a library row → editable, fully laid out ${words.toLocaleString('en')}-word Vietnamese article with ${figures} figures (real renderer, loopback transport), next to bare TipTap StarterKit fetching and mounting the same JSON, headless Chromium, ${runs} opens each after ${warmup} warm-up, taking turns`,
  run: runOpenArticleBench,
};

export default bench;
