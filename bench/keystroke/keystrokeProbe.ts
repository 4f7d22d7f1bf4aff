// Timing inside the page. A capture-phase keydown listener on window (the first script to see the key) takes
// the event's timestamp, the moment Chromium created the key event, so time the key spends queued behind
// earlier work counts too. A MutationObserver on the editor root, created after the editor's own, stamps the
// first DOM change after that keydown: mutation observers are called in the order they were created, so
// ProseMirror's has already read the change, dispatched the transaction and run every update listener (TipTap's
// onUpdate, the toolbar's useEditorState selector) by then. The next animation frame is recorded too: the
// earliest the change can be painted.
import type { Page } from 'playwright-core';

export interface KeystrokeTiming {
  /** Milliseconds from the keydown event's timestamp to the editor's DOM update. */
  domMs: number;
  /** Milliseconds from the keydown event's timestamp to the next animation frame (includes the wait for it). */
  frameMs: number;
}

interface RawStamps {
  keydown: number;
  dom: number;
  frame: number;
}

declare global {
  interface Window {
    keystrokeStamps?: RawStamps[];
  }
}

/** Starts recording; call once the editor is on the page. */
export async function installKeystrokeProbe(page: Page, rootSelector: string): Promise<void> {
  await page.evaluate((selector) => {
    const root = document.querySelector(selector);
    if (!root) throw new Error(`no ${selector} on the page`);
    const stamps: RawStamps[] = [];
    let current: RawStamps | undefined;
    window.addEventListener(
      'keydown',
      (event) => {
        const sample = { keydown: event.timeStamp, dom: -1, frame: -1 };
        current = sample;
        stamps.push(sample);
        requestAnimationFrame(() => {
          sample.frame = performance.now();
        });
      },
      { capture: true },
    );
    new MutationObserver(() => {
      const sample = current;
      if (!sample || sample.dom >= 0) return;
      sample.dom = performance.now();
    }).observe(root, { characterData: true, childList: true, subtree: true });
    window.keystrokeStamps = stamps;
  }, rootSelector);
}

/** The timings recorded since the probe was installed (or last read), and clears them. */
export async function takeKeystrokeTimings(page: Page): Promise<KeystrokeTiming[]> {
  const stamps = await page.evaluate(() => (window.keystrokeStamps ?? []).splice(0));
  return stamps.map((stamp, index) => {
    if (stamp.dom < 0 || stamp.frame < 0) throw new Error(`keystroke ${index + 1} left no trace in the editor`);
    return { domMs: stamp.dom - stamp.keydown, frameMs: stamp.frame - stamp.keydown };
  });
}
