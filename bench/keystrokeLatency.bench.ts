// Keystroke latency of the real editor next to bare TipTap; the bench lives in bench/keystroke/.
import type { Bench } from './lib/results';
import { figures, keystrokes, pacedKeystrokes, runKeystrokeBench, warmup, words } from './keystroke/keystrokeLatency';

const bench: Bench = {
  description: `keydown → DOM update in a ${words.toLocaleString('en')}-word Vietnamese article with ${figures} figures, real editor next to bare TipTap StarterKit in headless Chromium: ${keystrokes} keystrokes at one key per frame after ${warmup} warm-up keystrokes, then ${pacedKeystrokes} at a typist's rhythm`,
  run: runKeystrokeBench,
};

export default bench;
