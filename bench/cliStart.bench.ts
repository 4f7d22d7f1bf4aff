// `newsdesk list` on an empty library, through the real bin (its bundle staleness check included), next to
// its floor: a bare `node` that loads better-sqlite3 and opens an in-memory database. Each side is its own
// process, started by spawnSync; the two sides take turns (pairs, first side alternating) so they share the
// machine's noise. Wall time is measured here around each spawn. Peak memory is the child's maximum resident
// set size as GNU time reports it (`/usr/bin/time -f %M`, from the kernel's wait4 rusage of that process
// alone); without /usr/bin/time the bench reports wall times only. Targets (issue 10): within 4× the bare
// node's wall time (2× the moonshot), under 80 MB.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { defaultRepoRoot, ensureCliBundle } from '../scripts/buildCli.mjs';
import type { Bench } from './lib/results';
import { percentile, summarize } from './lib/stats';
import { withTempDir } from './lib/tempDir';

const runs = 7;
const time = '/usr/bin/time';

interface Sample {
  ms: number;
  maxRssKb: number | undefined;
}

function hasGnuTime(): boolean {
  return fs.existsSync(time) && spawnSync(time, ['-f', '%M', 'true'], { stdio: 'ignore' }).status === 0;
}

/** One run of `args` (a node command line); stdout ignored, a failure stops the bench. */
function sample(args: string[], withTime: boolean): Sample {
  const [command, commandArgs] = withTime ? [time, ['-f', '%M', process.execPath, ...args]] : [process.execPath, args];
  const start = process.hrtime.bigint();
  const run = spawnSync(command, commandArgs, { cwd: defaultRepoRoot, encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8' } });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0) throw new Error(`${args.join(' ')} failed (${run.status}): ${run.stderr}`);
  return { ms, maxRssKb: withTime ? Number(run.stderr.trim().split('\n').at(-1)) : undefined };
}

const peakMb = (samples: Sample[]) => {
  const peaks = samples.map((one) => one.maxRssKb).filter((kb) => kb !== undefined);
  return peaks.length > 0 ? Math.round((Math.max(...peaks) / 1024) * 10) / 10 : 'not measured';
};
const round2 = (value: number) => Math.round(value * 100) / 100;

const bench: Bench = {
  description: `\`newsdesk list\` on an empty library (the real bin) vs bare \`node -e "require('better-sqlite3')(':memory:')"\`, ${runs} runs each, in alternating pairs; wall time and peak RSS per process`,
  async run() {
    await ensureCliBundle();
    const withTime = hasGnuTime();
    if (!withTime) process.stdout.write(`${time} is missing: peak memory is not measured.\n`);
    return withTempDir('newsdesk-bench-cli', (dataDir) => {
      const cli = [path.join('bin', 'newsdesk.mjs'), '--data-dir', dataDir, 'list'];
      const bare = ['-e', "require('better-sqlite3')(':memory:')"];
      // Not counted: the first list creates the library; both warm the file cache.
      sample(cli, withTime);
      sample(bare, withTime);
      const cliSamples: Sample[] = [];
      const bareSamples: Sample[] = [];
      for (let pair = 0; pair < runs; pair += 1) {
        if (pair % 2 === 0) {
          cliSamples.push(sample(cli, withTime));
          bareSamples.push(sample(bare, withTime));
        } else {
          bareSamples.push(sample(bare, withTime));
          cliSamples.push(sample(cli, withTime));
        }
      }
      const cliMs = cliSamples.map((one) => one.ms);
      const bareMs = bareSamples.map((one) => one.ms);
      const pairRatios = cliMs.map((ms, pair) => ms / bareMs[pair]!);
      return {
        context: {
          listPeakRssMb: peakMb(cliSamples),
          barePeakRssMb: peakMb(bareSamples),
          medianRatio: round2(percentile(cliMs, 50) / percentile(bareMs, 50)),
          medianPairRatio: round2(percentile(pairRatios, 50)),
          memory: withTime ? `${time} -f %M (max RSS of each process)` : 'not measured',
        },
        cases: [summarize('newsdesk list, empty library (bin → bundle)', cliMs), summarize("bare node + better-sqlite3 ':memory:'", bareMs)],
      };
    });
  },
};

export default bench;
