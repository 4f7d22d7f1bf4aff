// Keystroke latency in a 10,000-word Vietnamese article with 40 figures (issue 4's benchmark): the real editor
// (renderer bundle, loopback transport, real library) next to a bare TipTap StarterKit editor holding the same
// text, in two headless Chromiums with the same flags, in the same run. Each side types the same Vietnamese
// sentence into the same paragraph near the middle, one key event per character, first 500 keys at one key
// per frame (the figure; the first 20 keys of each side are warm-up — JIT, first layout of the edited
// lines — and not counted), then 200 more at a typist's rhythm (typingRhythm.ts). The sides take turns of 20
// keys so both see the same machine noise.
import fs from 'node:fs';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { launchChromium } from '../../tests/browser/browserHarness';
import type { BenchReport } from '../lib/results';
import { withTempDir } from '../lib/tempDir';
import { bareBodySelector, openBareEditor } from './bare/barePage';
import { caretIntoParagraph } from './caret';
import { installKeystrokeProbe, takeKeystrokeTimings, type KeystrokeTiming } from './keystrokeProbe';
import { largeArticle } from './largeArticle';
import { latencyTable, summarizeLatency, verdict, verdictLines, type LatencyFigures, type Targets } from './latencyFigures';
import { openRealEditor, realBodySelector, type RealEditorPage } from './realEditorPage';
import { buildRenderer } from './rendererBundle';
import { typeCharacter } from './typeText';
import { keyPerFrame, typistRhythm, type Rhythm } from './typingRhythm';

export const words = 10_000;
export const figures = 40;
export const keystrokes = 500;
export const warmup = 20;
export const pacedKeystrokes = 200;
/** Keystrokes per turn: short turns spread the machine's noise evenly over both sides. */
const turn = 20;
const targets: Targets = { p95UnderMs: 16, maxRatio: 1.15 };
export const sentence =
  'Đồng chí Phạm Tất Thắng nhấn mạnh, các cơ quan trong Khối cần chủ động đổi mới nội dung, phương thức thi đua gắn với nhiệm vụ chính trị năm 2022. ';

interface Side {
  name: 'real' | 'bare';
  page: Page;
  rootSelector: string;
  cdp: CDPSession;
  offset: number;
}

/** Types `text` on both sides, taking turns; returns each side's timings for it. */
async function typePhase(sides: Side[], text: string, rhythm: Rhythm): Promise<KeystrokeTiming[][]> {
  const chars = [...text];
  for (let start = 0; start < chars.length; start += turn) {
    for (const side of sides) {
      for (let index = start; index < Math.min(start + turn, chars.length); index++) {
        await typeCharacter(side.cdp, chars[index]!);
        await rhythm.pause(side.page, index);
      }
    }
  }
  return Promise.all(
    sides.map(async (side) => {
      const timings = await takeKeystrokeTimings(side.page);
      if (timings.length !== chars.length) throw new Error(`${side.name}: ${chars.length - timings.length} keystrokes went unrecorded`);
      return timings;
    }),
  );
}

/** Every character arrived once, in order, where the caret was: nothing dropped, nothing doubled. */
async function checkTyped(side: Side, blockIndex: number, expected: string): Promise<void> {
  const actual = await side.page.locator(`${side.rootSelector} > *`).nth(blockIndex).textContent();
  if (actual !== expected) throw new Error(`${side.name}: the paragraph does not hold exactly what was typed`);
}

/** The real editor saves on a debounce: poll the store until the paragraph holds the typed text. */
async function checkSaved(real: RealEditorPage, blockIndex: number, expected: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const block = real.library.articles.get(real.articleId).body.content?.[blockIndex];
    if (block?.content?.map((child) => child.text ?? '').join('') === expected) return;
    if (Date.now() > deadline) throw new Error('real: the saved article does not hold exactly what was typed');
    await real.page.waitForTimeout(100);
  }
}

function phaseFigures(rhythm: Rhythm, [real, bare]: KeystrokeTiming[][]): LatencyFigures[] {
  return [
    summarizeLatency(`real editor, ${rhythm.name}: keydown → DOM`, real!.map((t) => t.domMs)),
    summarizeLatency(`bare TipTap, ${rhythm.name}: keydown → DOM`, bare!.map((t) => t.domMs)),
    summarizeLatency(`real editor, ${rhythm.name}: keydown → next frame`, real!.map((t) => t.frameMs)),
    summarizeLatency(`bare TipTap, ${rhythm.name}: keydown → next frame`, bare!.map((t) => t.frameMs)),
  ];
}

export async function runKeystrokeBench(): Promise<BenchReport> {
  const article = largeArticle({ words, figures });
  const all = sentence.repeat(Math.ceil((warmup + keystrokes + pacedKeystrokes) / sentence.length));
  const fast = all.slice(0, warmup + keystrokes);
  const paced = all.slice(fast.length, fast.length + pacedKeystrokes);

  return withTempDir('newsdesk-bench-keystroke', async (dir) => {
    const closers: (() => Promise<void>)[] = [];
    try {
      const rendererDir = path.join(dir, 'renderer');
      const dataDir = path.join(dir, 'library');
      const bareDir = path.join(dir, 'bare');
      fs.mkdirSync(dataDir);
      fs.mkdirSync(bareDir);
      await buildRenderer(rendererDir);

      const realBrowser = await launchChromium();
      closers.push(() => realBrowser.close());
      const real = await openRealEditor(realBrowser, { rendererDir, dataDir, body: article.body, figures });
      closers.push(() => real.close());
      const shownWords = await real.page.getByTestId('count-words').getAttribute('data-value');
      if (shownWords !== String(words)) throw new Error(`the real editor counts ${shownWords} words, expected ${words}`);

      // Same column width and type size as the real body, so both sides break lines alike.
      const text = await real.page.locator(realBodySelector).evaluate((element) => {
        const style = getComputedStyle(element);
        return { widthPx: element.clientWidth, fontSize: style.fontSize, lineHeight: style.lineHeight };
      });
      const bareBrowser = await launchChromium();
      closers.push(() => bareBrowser.close());
      const bare = await openBareEditor(bareBrowser, { dir: bareDir, content: { doc: article.bareBody, text } });
      closers.push(() => bare.close());

      const sides: Side[] = [];
      for (const [name, page, rootSelector] of [
        ['real', real.page, realBodySelector],
        ['bare', bare.page, bareBodySelector],
      ] as const) {
        const offset = await caretIntoParagraph(page, rootSelector, article.targetBlock, article.targetText);
        await installKeystrokeProbe(page, rootSelector);
        sides.push({ name, page, rootSelector, offset, cdp: await page.context().newCDPSession(page) });
      }
      const fastTimings = (await typePhase(sides, fast, keyPerFrame)).map((timings) => timings.slice(warmup));
      const rhythm = typistRhythm(pacedKeystrokes);
      const pacedTimings = await typePhase(sides, paced, rhythm);

      const typed = `${fast}${paced}`;
      const expected = (offset: number) => `${article.targetText.slice(0, offset)}${typed}${article.targetText.slice(offset)}`;
      for (const side of sides) await checkTyped(side, article.targetBlock, expected(side.offset));
      await checkSaved(real, article.targetBlock, expected(sides[0]!.offset));

      const [realFast, bareFast, ...fastFrames] = phaseFigures(keyPerFrame, fastTimings);
      const [realPaced, barePaced, ...pacedFrames] = phaseFigures(rhythm, pacedTimings);
      const cases = [realFast!, bareFast!, realPaced!, barePaced!, ...fastFrames, ...pacedFrames];
      process.stdout.write(`${latencyTable(cases)}\n\n`);
      process.stdout.write(`${keyPerFrame.name}:\n${verdictLines(realFast!, bareFast!, targets)}\n`);
      process.stdout.write(`${rhythm.name}:\n${verdictLines(realPaced!, barePaced!, targets)}\n\n`);
      const judged = verdict(realFast!, bareFast!, targets);
      const judgedPaced = verdict(realPaced!, barePaced!, targets);
      const met = (ok: boolean) => (ok ? 'met' : 'not met');

      return {
        context: {
          words,
          figures,
          blocks: article.body.content?.length ?? 0,
          keystrokes,
          warmup,
          pacedKeystrokes,
          turn,
          chromium: realBrowser.version(),
          ratioP95: judged.ratio,
          p95Under16Ms: met(judged.p95Met),
          ratioAtMost1_15: met(judged.ratioMet),
          pacedRatioP95: judgedPaced.ratio,
          pacedP95Under16Ms: met(judgedPaced.p95Met),
          pacedRatioAtMost1_15: met(judgedPaced.ratioMet),
        },
        cases,
      };
    } finally {
      for (const close of closers.reverse()) await close();
    }
  });
}
