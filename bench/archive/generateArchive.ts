// Builds a generated Vietnamese archive into a data folder, for benchmarks and for trying the library at scale:
//   tsx bench/archive/generateArchive.ts --count 100000 --seed 42 --data-dir /tmp/newsdesk-archive
// The same count and seed always give the same articles. The folder must not hold a library with articles.
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Database } from 'better-sqlite3';
import { optimizeSearchIndex } from '../../search/libraryIndex';
import { openLibrary } from '../../library/openLibrary';
import { archiveArticles } from './archiveArticles';
import { insertArchive, type InsertedArchive } from './insertArchive';

export interface GeneratedArchive extends InsertedArchive {
  /** Milliseconds to generate, insert and index every article (one transaction). */
  buildMs: number;
  /** Milliseconds to merge the search index into one segment afterwards. */
  optimizeMs: number;
}

export function generateArchive(db: Database, count: number, seed: number): GeneratedArchive {
  const existing = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM articles').get()!.n;
  if (existing > 0) throw new Error(`the library already holds ${existing} articles; generate into an empty data folder`);
  let start = performance.now();
  const inserted = insertArchive(db, archiveArticles(count, seed));
  const buildMs = performance.now() - start;
  start = performance.now();
  optimizeSearchIndex(db);
  return { ...inserted, buildMs, optimizeMs: performance.now() - start };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { count: { type: 'string', default: '1000' }, seed: { type: 'string', default: '42' }, 'data-dir': { type: 'string' } },
  });
  const count = Number(values.count);
  const seed = Number(values.seed);
  const dataDir = values['data-dir'];
  if (!Number.isSafeInteger(count) || count < 1 || !Number.isSafeInteger(seed) || !dataDir) {
    process.stderr.write('usage: tsx bench/archive/generateArchive.ts --count N --seed S --data-dir DIR\n');
    process.exit(1);
  }
  const library = openLibrary(dataDir);
  try {
    const result = generateArchive(library.db, count, seed);
    process.stdout.write(
      `${result.articles} articles, ${result.photos} photo records, ${(result.searchableBytes / 1e6).toFixed(1)} MB of searchable text ` +
        `in ${(result.buildMs / 1000).toFixed(1)} s (+ ${(result.optimizeMs / 1000).toFixed(1)} s index merge) → ${dataDir}\n`,
    );
  } finally {
    library.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
