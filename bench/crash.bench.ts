// 200 SIGKILLs at random moments of a process saving a 5,000-word article as the autosave does (bench/lib/
// crashKills.ts): after each, integrity_check and whether the last reported save is there, whole; the time the
// next start takes to open the library after a kill. And the cost of the durability setting: the same autosave
// with synchronous=NORMAL (as shipped: WAL, no fsync per commit) and with FULL (an fsync per commit), side by
// side on the same disk. `npm run bench -- crash --kills=50` for a shorter run.
import { openLibrary } from '../library/openLibrary';
import { adoptFigureText } from '../photos/adoptFigureText';
import { writeTransaction } from '../store/writeTransaction';
import { autosaveBody } from './lib/crashArticle';
import { buildCrashWorker, inspectAfterKill, runAndKill } from './lib/crashKills';
import type { Bench } from './lib/results';
import { summarize } from './lib/stats';
import { withTempDir } from './lib/tempDir';
import { measure } from './lib/timing';

const kills = Number(process.argv.find((arg) => arg.startsWith('--kills='))?.slice('--kills='.length) ?? 200);
const maxKillDelayMs = 150;
const saveRuns = 300;

const bench: Bench = {
  description: `${kills} SIGKILLs of an autosaving process (5,000-word article) at a random moment up to ${maxKillDelayMs} ms after its first save; autosave cost with synchronous NORMAL vs FULL (${saveRuns} saves and bare commits each, the two settings taking turns in blocks)`,
  async run() {
    const worker = await buildCrashWorker();
    try {
      return await withTempDir('newsdesk-bench-crash', async (dataDir) => {
        const setup = openLibrary(dataDir);
        const { id } = setup.articles.create({ headline: 'Bài chưa lưu' });
        setup.close();

        let integrityOk = 0;
        let lastSaveThere = 0;
        let whole = 0;
        let lostSaves = 0;
        let unreportedExtra = 0;
        const savesPerRun: number[] = [];
        const reopenMs: number[] = [];
        for (let kill = 0; kill < kills; kill++) {
          const run = await runAndKill(worker.worker, ['autosave', dataDir, String(id)], maxKillDelayMs);
          const after = inspectAfterKill(dataDir, id);
          if (after.integrity === 'ok') integrityOk++;
          if (after.savedNumber >= run.lastReported!) lastSaveThere++;
          else lostSaves += run.lastReported! - after.savedNumber;
          if (after.savedNumber > run.lastReported!) unreportedExtra++;
          if (after.wholeSave) whole++;
          savesPerRun.push(run.reported);
          const start = process.hrtime.bigint();
          openLibrary(dataDir).close();
          reopenMs.push(Number(process.hrtime.bigint() - start) / 1e6);
          if ((kill + 1) % 20 === 0) process.stderr.write(`crash: ${kill + 1}/${kills} kills\n`);
        }

        const library = openLibrary(dataDir);
        let next = 1_000_000;
        const save = () => {
          const body = autosaveBody(next);
          writeTransaction(library.db, () => {
            library.articles.update(id, { headline: `Lần lưu ${next}`, body });
            adoptFigureText(library.photos, body);
          });
          next++;
        };
        // The two settings take turns in blocks (so they share the machine's noise); a block of bare commits
        // (one settings row each) shows the fsync per commit alone.
        const commit = library.db.prepare<[string]>("INSERT INTO settings (key, value) VALUES ('benchCommit', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        const samples = { normal: [] as number[], full: [] as number[], normalCommit: [] as number[], fullCommit: [] as number[] };
        const blocks = 3;
        for (let block = 0; block < blocks; block++) {
          for (const setting of ['NORMAL', 'FULL'] as const) {
            library.db.pragma(`synchronous = ${setting}`);
            const runs = saveRuns / blocks;
            samples[setting === 'NORMAL' ? 'normal' : 'full'].push(...(await measure(save, { runs, warmup: 5 })));
            samples[setting === 'NORMAL' ? 'normalCommit' : 'fullCommit'].push(...(await measure((run) => commit.run(`${block}-${run}`), { runs, warmup: 5 })));
          }
        }
        library.close();
        const { normal, full, normalCommit: normalSmall, fullCommit: fullSmall } = samples;

        savesPerRun.sort((a, b) => a - b);
        return {
          context: {
            kills,
            integrityOk,
            lastReportedSavePresent: lastSaveThere,
            wholeSave: whole,
            savesLost: lostSaves,
            killedAfterCommitBeforeReport: unreportedExtra,
            medianSavesBeforeKill: savesPerRun[Math.floor(savesPerRun.length / 2)]!,
            journal: 'WAL',
          },
          cases: [
            summarize('autosave 5,000 words, synchronous=NORMAL (shipped)', normal),
            summarize('autosave 5,000 words, synchronous=FULL', full),
            summarize('bare commit (one row), synchronous=NORMAL (shipped)', normalSmall),
            summarize('bare commit (one row), synchronous=FULL', fullSmall),
            summarize('next start after a SIGKILL: openLibrary (WAL recovery) + close', reopenMs),
          ],
        };
      });
    } finally {
      worker.remove();
    }
  },
};

export default bench;
