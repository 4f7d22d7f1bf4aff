// Where a keystroke's time goes in the real editor: the bench's article and typing, recorded with a Chromium
// performance trace (main-thread events: input, timers, style, layout, paint) and a JavaScript CPU profile, on
// an unminified build so the functions keep their names. Run it when the keystroke bench drifts from bare TipTap:
//   npx tsx bench/keystroke/profileKeystrokes.ts [--spelling-off | --bare] [--rhythm=typist|frame] [--keys=200] [--callees=run,emit]
// Prints per keystroke: main-thread time by trace event (nested events counted in their parents too), the
// JavaScript functions with the most self time and those with the most total time, and how often each React
// component rendered (counted through the hook React calls for its DevTools at every commit).
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../../tests/browser/browserHarness';
import { withTempDir } from '../lib/tempDir';
import { bareBodySelector, openBareEditor } from './bare/barePage';
import { caretIntoParagraph } from './caret';
import { figures, sentence, words } from './keystrokeLatency';
import { largeArticle } from './largeArticle';
import { openRealEditor, realBodySelector } from './realEditorPage';
import { buildRenderer } from './rendererBundle';
import { typeCharacter } from './typeText';
import { keyPerFrame, typistRhythm } from './typingRhythm';

const option = (name: string) => process.argv.find((arg) => arg.startsWith(`--${name}`))?.split('=')[1];
const spelling = !process.argv.includes('--spelling-off');
/** `--bare`: profile the bare TipTap peer instead, for comparison. */
const bare = process.argv.includes('--bare');
const keys = Number(option('keys') ?? 200);
const warmupKeys = 20;
const rhythm = option('rhythm') === 'frame' ? keyPerFrame : typistRhythm(keys);
/** `--callees=run,emit`: where the time of the functions of those names goes, by the function each calls. */
const calleesOf = option('callees')?.split(',');

declare global {
  interface Window {
    reactRenders?: Record<string, number>;
    microtaskCallers?: Record<string, number>;
  }
}

/**
 * In the page before React loads: counts the function components that rendered in each commit. (Source text,
 * not a function: tsx would add name helpers the page does not have.) A subtree React did not enter keeps
 * its old child, so nothing under it is counted.
 */
const countReactRenders = `
  const renders = {};
  window.reactRenders = renders;
  const componentTags = new Set([0, 1, 11, 14, 15]); // function, class, forwardRef, memo, simple memo
  function visit(fiber) {
    for (let at = fiber; at; at = at.sibling) {
      if (componentTags.has(at.tag) && (at.flags & 1) !== 0 && typeof at.type !== 'string') {
        const name = (at.type && (at.type.displayName || at.type.name)) || '(anonymous)';
        renders[name] = (renders[name] || 0) + 1;
      }
      if (!at.alternate || at.child !== at.alternate.child) visit(at.child);
    }
  }
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject: () => 1,
    onCommitFiberRoot: (id, root) => visit(root.current.child),
    onCommitFiberUnmount: () => undefined,
    onPostCommitFiberRoot: () => undefined,
  };
  // Who asks React for a render in a microtask (a synchronous update, as in a key's event): by caller stack.
  window.microtaskCallers = {};
  const queue = window.queueMicrotask.bind(window);
  window.queueMicrotask = (task) => {
    const stack = (new Error().stack || '').split('\\n').slice(2, 14).map((line) => line.trim().replace(/https?:[^ )]*\\//, '')).join(' < ');
    window.microtaskCallers[stack] = (window.microtaskCallers[stack] || 0) + 1;
    queue(task);
  };
`;

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: { name?: string; data?: { type?: string; functionName?: string; url?: string; lineNumber?: number } };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const ms = (microseconds: number) => (microseconds / 1000 / keys).toFixed(3).padStart(8);

function eventLabel(event: TraceEvent): string {
  const data = event.args?.data;
  if (event.name === 'EventDispatch') return `EventDispatch ${data?.type ?? ''}`;
  if (event.name === 'FunctionCall' || event.name === 'TimerFire') {
    return `${event.name} ${data?.functionName || '(anonymous)'} ${path.basename(data?.url ?? '')}:${data?.lineNumber ?? ''}`;
  }
  return event.name;
}

function summarizeTrace(trace: { traceEvents: TraceEvent[] }): string[] {
  const events = trace.traceEvents;
  const main = events.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  const onMain = events.filter((event) => event.ph === 'X' && event.dur !== undefined && event.pid === main?.pid && event.tid === main?.tid);
  const totals = new Map<string, number>();
  for (const event of onMain) totals.set(eventLabel(event), (totals.get(eventLabel(event)) ?? 0) + event.dur!);
  const lines = [...totals].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([label, total]) => `${ms(total)} ms/key  ${label}`);
  // The tasks a key can land on: main-thread tasks over 3 ms, named by their longest direct parts.
  const tasks = onMain.filter((event) => event.name === 'RunTask' && event.dur! > 3000);
  const longTasks = new Map<string, { count: number; total: number }>();
  for (const task of tasks) {
    const inside = onMain.filter((event) => event !== task && event.ts >= task.ts && event.ts + event.dur! <= task.ts + task.dur!);
    const parts = inside.sort((a, b) => b.dur! - a.dur!).slice(0, 3).map((event) => eventLabel(event));
    const name = parts.join(' | ');
    const entry = longTasks.get(name) ?? { count: 0, total: 0 };
    entry.count += 1;
    entry.total += task.dur!;
    longTasks.set(name, entry);
  }
  const longLines = [...longTasks]
    .sort((a, b) => b[1].total - a[1].total)
    .slice(0, 15)
    .map(([name, { count, total }]) => `${String(count).padStart(5)} × ${(total / count / 1000).toFixed(1).padStart(6)} ms  ${name}`);
  return [...lines, '', `main-thread tasks over 3 ms (${tasks.length} in ${keys} keystrokes), by their longest parts:`, ...longLines];
}

function summarizeProfile(profile: CpuProfile): string[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const label = (node: ProfileNode) => `${node.callFrame.functionName || '(anonymous)'} ${path.basename(node.callFrame.url)}:${node.callFrame.lineNumber + 1}`;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const callees = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index + 1] ?? 0;
    const node = byId.get(id)!;
    self.set(label(node), (self.get(label(node)) ?? 0) + delta);
    const seen = new Set<string>();
    for (let at: number | undefined = id, below: number | undefined; at !== undefined; below = at, at = parent.get(at)) {
      const caller = byId.get(at)!.callFrame.functionName;
      // A name, or `file:line` for an anonymous function (the ArticleEditor-….js:3510 the lists show).
      if (calleesOf?.some((wanted) => wanted === caller || (wanted.includes(':') && label(byId.get(at)!).endsWith(wanted)))) {
        const callee = `${caller} → ${below === undefined ? '(self)' : label(byId.get(below)!)}`;
        callees.set(callee, (callees.get(callee) ?? 0) + delta);
      }
      const name = label(byId.get(at)!);
      if (seen.has(name)) continue;
      seen.add(name);
      total.set(name, (total.get(name) ?? 0) + delta);
    }
  });
  const top = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]).slice(0, 150).map(([name, time]) => `${ms(time)} ms/key  ${name}`);
  return ['self time:', ...top(self), '', 'total time:', ...top(total), ...(calleesOf ? ['', `called by ${calleesOf.join(', ')}:`, ...top(callees)] : [])];
}

await withTempDir('newsdesk-keystroke-profile', async (dir) => {
  const article = largeArticle({ words, figures });
  fs.mkdirSync(path.join(dir, 'library'));
  fs.mkdirSync(path.join(dir, 'bare'));
  await buildRenderer(path.join(dir, 'renderer'), { minify: false });
  const browser = await launchChromium();
  const real = await openRealEditor(browser, { rendererDir: path.join(dir, 'renderer'), dataDir: path.join(dir, 'library'), body: article.body, figures, spelling, initScript: countReactRenders });
  const closers = [() => real.close()];
  try {
    let { page } = real;
    let root = realBodySelector;
    if (bare) {
      // The peer, laid out like the real body (as the bench does); the real editor only lends its metrics.
      const text = await page.locator(realBodySelector).evaluate((element) => {
        const style = getComputedStyle(element);
        return { widthPx: element.clientWidth, fontSize: style.fontSize, lineHeight: style.lineHeight };
      });
      const peer = await openBareEditor(browser, { dir: path.join(dir, 'bare'), content: { doc: article.bareBody, text } });
      closers.push(() => peer.close());
      page = peer.page;
      root = bareBodySelector;
    }
    await caretIntoParagraph(page, root, article.targetBlock, article.targetText);
    const cdp = await page.context().newCDPSession(page);
    const typed = [...sentence.repeat(Math.ceil((warmupKeys + keys) / sentence.length))].slice(0, warmupKeys + keys);
    for (const [index, char] of typed.slice(0, warmupKeys).entries()) {
      await typeCharacter(cdp, char);
      await rhythm.pause(page, index);
    }
    await page.evaluate(() => {
      Object.keys(window.reactRenders ?? {}).forEach((name) => delete window.reactRenders![name]);
      window.microtaskCallers = {};
    });
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    for (const [index, char] of typed.slice(warmupKeys).entries()) {
      await typeCharacter(cdp, char);
      await rhythm.pause(page, index);
    }
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
    const renders = Object.entries(await page.evaluate(() => window.reactRenders ?? {})).sort((a, b) => b[1] - a[1]);
    const out = [
      `${bare ? 'bare TipTap' : `real editor, spelling ${spelling ? 'on' : 'off'}`}, ${rhythm.name}, ${keys} keystrokes after ${warmupKeys} warm-up`,
      '',
      'main thread, trace events:',
      ...summarizeTrace(trace),
      '',
      ...summarizeProfile(profile),
      '',
      'React renders per keystroke:',
      ...renders.map(([name, count]) => `${(count / keys).toFixed(3).padStart(8)}  ${name}`),
      '',
      'queueMicrotask callers per keystroke (React schedules synchronous renders this way):',
      ...Object.entries(await page.evaluate(() => window.microtaskCallers ?? {}))
        .sort((a, b) => b[1] - a[1])
        .slice(0, 12)
        .map(([stack, count]) => `${(count / keys).toFixed(3).padStart(8)}  ${stack}`),
    ];
    process.stdout.write(`${out.join('\n')}\n`);
  } finally {
    for (const close of closers.reverse()) await close();
    await browser.close();
  }
});
