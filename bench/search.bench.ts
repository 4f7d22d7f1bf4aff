// Search and the library list on a generated archive (100,000 articles unless `--count=N`): 50 queries
// (half typed with marks, half without; prefixes, phrases) through ArticleSearch next to a LIKE '%…%' scan
// over a folded copy of the same text, measured in the same run; the library's first page and a page at
// row 50,000; index build time and size against the raw searchable text.
//   npm run bench -- search            (100,000 articles, a few minutes)
//   npm run bench -- search --count=5000
//   npm run bench -- search --archive=DIR   (reuse a folder built by bench/archive/generateArchive.ts, seed 42)
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { foldVietnamese } from '../common/text/foldVietnamese';
import { documentFigures, documentToPlainText } from '../common/text/documentText';
import { unpackBody, type StoredBody } from '../store/articleBody';
import { buildQuery } from '../search/buildQuery';
import { searchPhases, type SearchPhase } from '../search/articleSearch';
import { openLibrary, type Library } from '../library/openLibrary';
import { databaseFileName } from '../store/openDatabase';
import { generateArchive, type GeneratedArchive } from './archive/generateArchive';
import type { Bench } from './lib/results';
import { summarize, type CaseFigures } from './lib/stats';
import { withTempDir } from './lib/tempDir';
import { measure } from './lib/timing';

/** What a reporter types: people, places, topics; with and without marks; prefixes (no trailing space), phrases. */
const withMarks = [
  'Đảng Trung ương', 'xâm nhập mặn', 'Phạm Minh Tuấn', 'Đắk Lắk', 'giá xăng dầu', 'tuyển sinh đại học',
  '"thi đua khen thưởng"', '"sân bay Long Thành"', 'sầu riêng ', 'cải cách hành ch', 'Hòa Bình ', 'thủy sản ',
  'bảo hiểm y tế', 'đường cao tốc', 'Nguyễn Thị Hương', 'lũ quét sạt lở', 'Bà Rịa - Vũng Tàu', 'cải lương ',
  'trí tuệ nhân tạo', 'Thanh Hóa', '"nông thôn mới"', 'Huỳnh Văn Dũng', 'học phí ', 'Đồng Tháp', 'phòng chống tham nh',
];
const withoutMarks = [
  'dang trung uong', 'xam nhap man', 'pham minh tuan', 'dak lak', 'gia xang dau', 'tuyen sinh dai hoc',
  '"thi dua khen thuong"', '"san bay long thanh"', 'sau rieng ', 'cai cach hanh ch', 'hoa binh ', 'thuy san ',
  'bao hiem y te', 'duong cao toc', 'nguyen thi huong', 'lu quet sat lo', 'ba ria vung tau', 'cai luong ',
  'tri tue nhan tao', 'thanh hoa', '"nong thon moi"', 'huynh van dung', 'hoc phi ', 'dong thap', 'phong chong tham nh',
];
export const benchQueries = [...withMarks, ...withoutMarks];

const seed = 42;
const runsPerQuery = 5;
/** A LIKE scan reads every article: fewer runs keep the bench to minutes. */
const likeRunsPerQuery = 3;
const libraryRuns = 30;

function archiveSize(): number {
  const option = process.argv.find((arg) => arg.startsWith('--count='));
  const count = option ? Number(option.slice('--count='.length)) : 100_000;
  if (!Number.isSafeInteger(count) || count < 100) throw new Error(`--count must be a whole number of at least 100, got ${option}`);
  return count;
}

/** Median of each query's runs: one latency per query. */
async function perQuery(queries: readonly string[], run: (query: string) => unknown, runs = runsPerQuery): Promise<number[]> {
  const latencies: number[] = [];
  for (const query of queries) {
    const samples = await measure(() => run(query), { runs, warmup: 1 });
    latencies.push(samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)]!);
  }
  return latencies;
}

/** The peer: every article's searchable text folded into one column of a separate database, scanned by LIKE. */
function buildLikePeer(library: Library, file: string): Database.Database {
  const peer = new Database(file);
  peer.exec('CREATE TABLE folded_text (id INTEGER PRIMARY KEY, text TEXT NOT NULL)');
  const insert = peer.prepare<[number, string]>('INSERT INTO folded_text (id, text) VALUES (?, ?)');
  const rows = library.db.prepare<[], { id: number; headline: string; sapo: string; body: StoredBody; credit_names: string; tags: string }>(`
    SELECT id, headline, sapo, body, credit_names,
      (SELECT group_concat(tag, char(10)) FROM article_tags WHERE article_id = articles.id) AS tags
    FROM articles WHERE deleted_at IS NULL`);
  peer.transaction(() => {
    for (const row of rows.iterate()) {
      const body = unpackBody(row.body);
      const figures = documentFigures(body);
      const texts = [row.headline, row.sapo, documentToPlainText(body), ...figures.flatMap((f) => [f.caption, f.credit]), row.credit_names, row.tags ?? ''];
      insert.run(row.id, foldVietnamese(texts.join('\n')));
    }
  })();
  return peer;
}

/** The LIKE version of a query: each term (word or phrase) folded, as a substring; every term must be there. */
function likeSql(query: string): { sql: string; params: string[] } {
  const built = buildQuery(query)!;
  const params = built.terms.map((term) => `%${term.words.map((word) => word.folded).join(' ')}%`);
  return { sql: `SELECT id FROM folded_text WHERE ${params.map(() => 'text LIKE ?').join(' AND ')}`, params };
}

function tableBytes(db: Database.Database): { fts: number; total: number; largest: string } {
  db.exec('CREATE VIRTUAL TABLE IF NOT EXISTS temp.pages USING dbstat');
  const fts = db.prepare<[], { bytes: number }>("SELECT sum(pgsize) AS bytes FROM temp.pages WHERE name LIKE 'search\\_%' ESCAPE '\\'").get()!.bytes;
  const total = db.prepare<[], { bytes: number }>('SELECT sum(pgsize) AS bytes FROM temp.pages').get()!.bytes;
  // Space per table and index, the largest first: where the library's size goes.
  const largest = db
    .prepare<[], { name: string; bytes: number }>('SELECT name, sum(pgsize) AS bytes FROM temp.pages GROUP BY name ORDER BY bytes DESC LIMIT 10')
    .all()
    .map((table) => `${table.name} ${mb(table.bytes)}`)
    .join(' / ');
  return { fts, total, largest };
}

/**
 * Where a search's time goes: each phase's mean per search over every query's runs, in wall-clock ms and
 * in CPU ms (on a loaded machine the wall clock also counts time spent waiting for a core).
 */
export function phaseBreakdown(library: Library, queries: readonly string[], runs: number): { wall: string; cpu: string } {
  const wall = new Map<SearchPhase, number>(searchPhases.map((phase) => [phase, 0]));
  const cpu = new Map<SearchPhase, number>(searchPhases.map((phase) => [phase, 0]));
  let lastWall = 0;
  let lastCpu = process.cpuUsage();
  library.search.phaseClock = (phase) => {
    const nowWall = performance.now();
    const used = process.cpuUsage(lastCpu);
    if (phase !== 'start') {
      wall.set(phase, wall.get(phase)! + nowWall - lastWall);
      cpu.set(phase, cpu.get(phase)! + (used.user + used.system) / 1000);
    }
    lastWall = nowWall;
    lastCpu = process.cpuUsage();
  };
  try {
    for (let run = 0; run < runs; run++) for (const query of queries) library.search.search({ query, limit: 20 });
  } finally {
    library.search.phaseClock = null;
  }
  const line = (totals: Map<SearchPhase, number>) =>
    searchPhases.map((phase) => `${phase} ${(totals.get(phase)! / (runs * queries.length)).toFixed(2)}`).join(' / ');
  return { wall: line(wall), cpu: line(cpu) };
}

/** `--archive=DIR`: a folder generateArchive already built (same seed), reused instead of building one. */
function reusedArchive(): string | undefined {
  return process.argv.find((arg) => arg.startsWith('--archive='))?.slice('--archive='.length);
}

/** What generateArchive would have reported, read back from a reused archive (build times unknown). */
function describeArchive(library: Library): GeneratedArchive {
  let searchableBytes = 0;
  const rows = library.db.prepare<[], { headline: string; sapo: string; body: StoredBody; credit_names: string; tags: string | null }>(`
    SELECT headline, sapo, body, credit_names,
      (SELECT group_concat(tag, char(10)) FROM article_tags WHERE article_id = articles.id) AS tags
    FROM articles WHERE deleted_at IS NULL`);
  let articles = 0;
  for (const row of rows.iterate()) {
    articles += 1;
    const body = unpackBody(row.body);
    const figures = documentFigures(body);
    const tags = row.tags ? row.tags.split('\n') : [];
    const texts = [row.headline, row.sapo, documentToPlainText(body), row.credit_names, ...tags, ...figures.flatMap((f) => [f.caption, f.credit])];
    searchableBytes += texts.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0);
  }
  const photos = library.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM photos').get()!.n;
  return { articles, photos, searchableBytes, buildMs: Number.NaN, optimizeMs: Number.NaN };
}

/** The articles table's largest column: the body, stored once as deflated JSON (store/articleBody.ts). */
function articleColumns(library: Library): string {
  const sums = library.db.prepare<[], { body: number }>('SELECT sum(length(body)) AS body FROM articles').get()!;
  return `body ${mb(sums.body)}`;
}

const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;

const bench: Bench = {
  description:
    `${benchQueries.length} searches (${withMarks.length} typed with marks, ${withoutMarks.length} without; prefixes and phrases) on a generated ` +
    `archive (seed ${seed}), each query's median of ${runsPerQuery} runs; ArticleSearch (FTS5, 20 hits with snippets) next to a LIKE scan ` +
    `over a folded copy of the same text (median of ${likeRunsPerQuery}); the library's first page and the page at row 50,000 (100 rows, ${libraryRuns} runs).`,
  async run() {
    const count = archiveSize();
    return withTempDir('newsdesk-bench-search', async (tempDir) => {
      const dir = reusedArchive() ?? tempDir;
      let library = openLibrary(dir);
      const archive = reusedArchive() ? describeArchive(library) : generateArchive(library.db, count, seed);
      library.db.pragma('wal_checkpoint(TRUNCATE)');
      const sizes = tableBytes(library.db);
      library.close();
      const fileBytes = fs.statSync(path.join(dir, databaseFileName)).size;

      // A fresh process-like start: reopen, then the very first page the library view asks for.
      library = openLibrary(dir);
      const start = performance.now();
      const firstPage = library.queries.page({ sort: 'updated', trash: false, offset: 0, limit: 100 });
      const coldFirstPageMs = performance.now() - start;
      if (firstPage.rows.length !== 100 || firstPage.total !== archive.articles) throw new Error('the first page is not what was generated');

      const peer = buildLikePeer(library, path.join(tempDir, 'like-peer.sqlite'));
      try {
        const empty = benchQueries.filter((query) => library.search.search({ query, limit: 20 }).length === 0);
        if (empty.length > 0) throw new Error(`queries without hits: ${empty.join(', ')}`);

        const search = (queries: readonly string[]) => perQuery(queries, (query) => library.search.search({ query, limit: 20 }));
        // One pass over every query first (JIT, statement cache, the index's pages): never counted.
        for (const query of benchQueries) library.search.search({ query, limit: 20 });
        const fts = await search(benchQueries);
        const like = await perQuery(
          benchQueries,
          (query) => {
            const { sql, params } = likeSql(query);
            return peer.prepare(sql).all(...params);
          },
          likeRunsPerQuery,
        );
        const marked = await search(withMarks);
        const unmarked = await search(withoutMarks);
        const prefixes = await search(benchQueries.filter((query) => buildQuery(query)!.terms.at(-1)!.prefix));
        const phrases = await search(benchQueries.filter((query) => query.startsWith('"')));

        const page = (offset: number, sort: 'updated' | 'headline' | 'dateline', status?: 'draft') => () =>
          library.queries.page({ sort, trash: false, offset, limit: 100, ...(status ? { status } : {}) });
        const run = (step: () => unknown) => measure(step, { runs: libraryRuns, warmup: 3 });
        const offset = Math.min(50_000, count - 100);
        const cases: CaseFigures[] = [
          summarize(`search, all ${fts.length} queries (FTS5)`, fts),
          summarize(`LIKE '%…%' scan, same ${like.length} queries`, like),
          summarize(`search, ${marked.length} typed with marks`, marked),
          summarize(`search, ${unmarked.length} typed without marks`, unmarked),
          summarize(`search, ${prefixes.length} ending in a prefix`, prefixes),
          summarize(`search, ${phrases.length} quoted phrases`, phrases),
          summarize('library first page, by last change', await run(page(0, 'updated'))),
          summarize('library first page, by headline (vi)', await run(page(0, 'headline'))),
          summarize('library first page, drafts by dateline', await run(page(0, 'dateline', 'draft'))),
          summarize(`library page at row ${offset.toLocaleString('en')}, by last change`, await run(page(offset, 'updated'))),
          summarize(`library page at row ${offset.toLocaleString('en')}, by headline (vi)`, await run(page(offset, 'headline'))),
        ];
        const phases = phaseBreakdown(library, benchQueries, runsPerQuery);
        const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
        return {
          context: {
            articles: archive.articles,
            photoRecords: archive.photos,
            searchableTextMB: mb(archive.searchableBytes),
            ftsIndexMB: mb(sizes.fts),
            ftsIndexToText: Math.round((sizes.fts / archive.searchableBytes) * 100) / 100,
            databaseMB: mb(fileBytes),
            databaseToText: Math.round((fileBytes / archive.searchableBytes) * 100) / 100,
            largestTablesMB: sizes.largest,
            articleColumnsMB: articleColumns(library),
            ...(Number.isNaN(archive.buildMs)
              ? { build: 'reused archive' }
              : { buildSeconds: Math.round(archive.buildMs / 100) / 10, indexMergeSeconds: Math.round(archive.optimizeMs / 100) / 10 }),
            coldFirstPageMs: Math.round(coldFirstPageMs * 10) / 10,
            likeOverFtsMedian: Math.round(median(like) / median(fts)),
            searchPhasesMeanWallMs: phases.wall,
            searchPhasesMeanCpuMs: phases.cpu,
          },
          cases,
        };
      } finally {
        peer.close();
        library.close();
      }
    });
  },
};

export default bench;
