// `--profile` for the browser benches: one more measured step under Chromium's sampling profiler (CDP
// Profiler) with the page's own metrics around it, summarised as where the time went — script, style,
// layout — and the functions with the most self time, so a fix starts from the biggest part, not a guess.
import fs from 'node:fs';
import type { Page } from 'playwright-core';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export const profileWanted = process.argv.includes('--profile');

interface ProfiledStep {
  /** Puts the page where the step starts (back to the library); not profiled. */
  prepare: () => Promise<unknown>;
  step: () => Promise<unknown>;
}

/** Runs `step` under the profiler `runs` times; returns the summary and writes each run's raw profile beside `file` (name-1.cpuprofile …). */
export async function profileStep(page: Page, { prepare, step }: ProfiledStep, { runs, file }: { runs: number; file: string }): Promise<string> {
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 200 });
  const totals = new Map<string, number>();
  const sums: Record<string, number> = {};
  for (let run = 0; run < runs; run++) {
    await prepare();
    const before = await metrics(session);
    await session.send('Profiler.start');
    await step();
    const { profile } = (await session.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    const after = await metrics(session);
    for (const key of Object.keys(after)) sums[key] = (sums[key] ?? 0) + (after[key] ?? 0) - (before[key] ?? 0);
    for (const [name, ms] of selfTimes(profile)) totals.set(name, (totals.get(name) ?? 0) + ms);
    fs.writeFileSync(file.replace(/\.cpuprofile$/, `-${run + 1}.cpuprofile`), JSON.stringify(profile));
  }
  await session.detach();
  const perRun = (key: string) => ((sums[key] ?? 0) * 1000) / runs;
  const lines = [
    `profile of ${runs} runs → ${file.replace(/\.cpuprofile$/, '-N.cpuprofile')}`,
    `per run: task ${perRun('TaskDuration').toFixed(1)} ms, script ${perRun('ScriptDuration').toFixed(1)} ms, style ${perRun('RecalcStyleDuration').toFixed(1)} ms, layout ${perRun('LayoutDuration').toFixed(1)} ms`,
    'self time per run, top functions:',
    ...[...totals.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 25)
      .map(([name, ms]) => `  ${(ms / runs).toFixed(1).padStart(7)} ms  ${name}`),
  ];
  return lines.join('\n');
}

async function metrics(session: Awaited<ReturnType<ReturnType<Page['context']>['newCDPSession']>>): Promise<Record<string, number>> {
  const { metrics: list } = (await session.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return Object.fromEntries(list.map(({ name, value }) => [name, value]));
}

function selfTimes(profile: CpuProfile): [string, number][] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const frame = byId.get(id)!.callFrame;
    const file = frame.url.split('/').pop() ?? '';
    const name = `${frame.functionName || '(anonymous)'} ${file ? `${file}:${frame.lineNumber + 1}` : ''}`.trim();
    totals.set(name, (totals.get(name) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
  });
  return [...totals.entries()].sort((a, b) => b[1] - a[1]);
}

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  tid: number;
  pid: number;
  args?: { name?: string };
}

/** One more step under Chromium's timeline trace: the main thread's time per kind of work (style, layout, paint…). */
export async function traceStep(page: Page, { prepare, step }: ProfiledStep): Promise<string> {
  await prepare();
  const browser = page.context().browser()!;
  await browser.startTracing(page, { categories: traceCategories });
  await step();
  return summarizeTrace(await browser.stopTracing());
}

export const traceCategories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink'];

/** The busiest renderer main thread of a trace, its time per kind of event. */
export function summarizeTrace(trace: Buffer): string {
  const { traceEvents } = JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] };
  const mains = new Set(traceEvents.filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain').map((event) => `${event.pid}:${event.tid}`));
  const byThread = new Map<string, Map<string, number>>();
  for (const event of traceEvents) {
    const thread = `${event.pid}:${event.tid}`;
    if (event.ph !== 'X' || !mains.has(thread)) continue;
    const totals = byThread.get(thread) ?? new Map<string, number>();
    byThread.set(thread, totals);
    totals.set(event.name, (totals.get(event.name) ?? 0) + (event.dur ?? 0) / 1000);
  }
  const busiest = [...byThread.values()].sort((a, b) => (b.get('RunTask') ?? 0) - (a.get('RunTask') ?? 0))[0] ?? new Map<string, number>();
  const top = [...busiest.entries()].sort((a, b) => b[1] - a[1]).slice(0, 20);
  return ['main thread, one traced run, ms per kind of event (nested events count in their parents too):', ...top.map(([name, ms]) => `  ${ms.toFixed(1).padStart(7)} ms  ${name}`)].join('\n');
}
