// How the bench paces its keys. "One key per frame" is a fast typist: the next key comes once the previous
// one's frame is drawn, so debounced work (counts, photo panel, autosave) never gets to run between keys. "A
// typist's rhythm" leaves 120–320 ms between keys and a longer pause every ninth key, the same seeded
// sequence on both sides, so the work the editor defers until typing pauses runs — and a key can land on it.
import type { Page } from 'playwright-core';
import { nextFrame } from './typeText';

export interface Rhythm {
  name: string;
  /** Waits after the index-th key of the phase. */
  pause(page: Page, index: number): Promise<void>;
}

export const keyPerFrame: Rhythm = { name: 'one key per frame', pause: (page) => nextFrame(page) };

/** Milliseconds after each key: a Park–Miller sequence, so every run and both sides get the same gaps. */
export function typistGaps(count: number, seed = 7): number[] {
  let state = seed;
  return Array.from({ length: count }, (_, index) => {
    state = (state * 16807) % 2147483647;
    return Math.round(120 + (state / 2147483647) * 200 + (index % 9 === 8 ? 500 : 0));
  });
}

export function typistRhythm(count: number): Rhythm {
  const gaps = typistGaps(count);
  return { name: "a typist's rhythm", pause: (page, index) => page.waitForTimeout(gaps[index % gaps.length]!) };
}
