// Revisions: what they cost the editor's autosave and the library's size.
// 1. Autosave of a 5,000-word Vietnamese article (seed paragraphs, cycled), one word typed between saves, a
//    save every 2 simulated seconds: the article store with revisions on (the library as the app opens it)
//    next to the save path without them (the same store, its history port doing nothing). Most saves
//    coalesce into the open revision; the one in ~150 that seals it (5 minutes of editing) deflates the
//    text: shown as a case of its own. A save leaves the article's search rows pending (search/libraryIndex.ts);
//    their rewrite, which the app does once for any number of saves, is timed after every save here.
// 2. Growth: two simulated hours of typing in that article (a save every 3 s, a 12-minute pause every 25
//    minutes), the library file (after a WAL checkpoint) before and after, and what the revisions hold.
import fs from 'node:fs';
import path from 'node:path';
import type { DocNode } from '../contract/schemas/document';
import { openLibrary, type Library } from '../library/openLibrary';
import { ArticlePhotoLinks } from '../photos/articlePhotoLinks';
import { LibraryIndex } from '../search/libraryIndex';
import { ArticleStore } from '../store/articleStore';
import { databaseFileName, openDatabase } from '../store/openDatabase';
import { docOf, readSeed, seedHeadline } from '../tests/helpers/seed';
import type { Bench } from './lib/results';
import { summarize } from './lib/stats';
import { withTempDir } from './lib/tempDir';

const words = 5000;
const runs = 1500;
const warmup = 100;

function vietnameseParagraphs(count: number): string[][] {
  const source = readSeed().paragraphs.map((text) => text.split(/\s+/).filter(Boolean));
  const paragraphs: string[][] = [];
  let left = count;
  for (let i = 0; left > 0; i++) {
    const paragraph = source[i % source.length]!.slice(0, left);
    paragraphs.push([...paragraph]);
    left -= paragraph.length;
  }
  return paragraphs;
}

/** The reporter types: one word into a paragraph picked by a fixed pseudo-random walk. */
function typist() {
  const paragraphs = vietnameseParagraphs(words);
  const vocabulary = ['hòa', 'hoà', 'thi', 'đua', 'Đảng', 'nhiệm', 'vụ', 'năm', 'được', 'của'];
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  return (): DocNode => {
    const paragraph = paragraphs[next() % paragraphs.length]!;
    paragraph.splice(next() % (paragraph.length + 1), 0, vocabulary[next() % vocabulary.length]!);
    return docOf(paragraphs.map((p) => p.join(' ')));
  };
}

function fileBytes(library: Library): number {
  library.db.pragma('wal_checkpoint(TRUNCATE)');
  const file = path.join(library.dataDir, databaseFileName);
  return fs.statSync(file).size + (fs.existsSync(`${file}-wal`) ? fs.statSync(`${file}-wal`).size : 0);
}

/**
 * Saves as the autosave does; returns each save's time (ms), whether it sealed a revision, and the time of
 * `afterSave` when given (timed on its own: the search rows' rewrite the library defers past the save).
 */
function autosaves(
  save: (body: DocNode) => void,
  advance: () => void,
  sealed: () => boolean,
  afterSave?: () => void,
): { all: number[]; sealing: number[]; after: number[] } {
  const type = typist();
  const all: number[] = [];
  const sealing: number[] = [];
  const after: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const body = type();
    advance();
    const start = process.hrtime.bigint();
    save(body);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    const afterStart = process.hrtime.bigint();
    afterSave?.();
    const afterMs = Number(process.hrtime.bigint() - afterStart) / 1e6;
    if (i < warmup) continue;
    all.push(ms);
    if (afterSave) after.push(afterMs);
    if (sealed()) sealing.push(ms);
  }
  return { all, sealing, after };
}

const bench: Bench = {
  description: `autosave of a ${words}-word Vietnamese article with revisions on and off (${runs} saves after ${warmup}, one every 2 simulated s); library growth after 2 simulated hours of typing`,
  async run() {
    const withRevisions = await withTempDir('newsdesk-bench-revisions', async (dir) => {
      let now = Date.parse('2026-11-30T08:00:00.000Z');
      const library = openLibrary(dir, { clock: () => now });
      try {
        const { id } = library.articles.create({ headline: seedHeadline, body: docOf(['x']) });
        let version = library.articles.get(id).version;
        let revisions = library.revisions.list(id).length;
        return autosaves(
          (body) => {
            version = library.articles.update(id, { body }, { baseVersion: version }).version;
          },
          () => (now += 2000),
          () => {
            const count = library.revisions.list(id).length;
            const grew = count > revisions;
            revisions = count;
            return grew;
          },
        );
      } finally {
        library.close();
      }
    });

    const today = await withTempDir('newsdesk-bench-no-revisions', async (dir) => {
      const db = openDatabase(dir);
      try {
        // No idle timer: the bench writes the pending search rows itself after every save, timed apart.
        const index = new LibraryIndex(db, -1);
        const articles = new ArticleStore(db, { index, photoLinks: new ArticlePhotoLinks(db), history: { recorded: () => {} } });
        const { id } = articles.create({ headline: seedHeadline, body: docOf(['x']) });
        let version = articles.get(id).version;
        return autosaves(
          (body) => {
            version = articles.update(id, { body }, { baseVersion: version }).version;
          },
          () => {},
          () => false,
          () => index.flush(),
        );
      } finally {
        db.close();
      }
    });

    const growth = await withTempDir('newsdesk-bench-growth', async (dir) => {
      let now = Date.parse('2026-11-30T08:00:00.000Z');
      const library = openLibrary(dir, { clock: () => now });
      try {
        const type = typist();
        const { id } = library.articles.create({ headline: seedHeadline, body: type() });
        const before = fileBytes(library);
        const end = now + 2 * 3_600_000;
        let version = library.articles.get(id).version;
        let saves = 0;
        let sinceBreak = 0;
        while (now < end) {
          now += 3000;
          sinceBreak += 3000;
          if (sinceBreak >= 25 * 60_000) {
            now += 12 * 60_000;
            sinceBreak = 0;
          }
          version = library.articles.update(id, { body: type() }, { baseVersion: version }).version;
          saves++;
        }
        const after = fileBytes(library);
        const stored = library.db
          .prepare<[number], { n: number; bytes: number }>('SELECT count(*) AS n, coalesce(sum(length(snapshot)), 0) AS bytes FROM article_revisions WHERE article_id = ?')
          .get(id)!;
        const jsonBytes = Buffer.byteLength(JSON.stringify(library.articles.get(id).body));
        return { before, after, saves, revisions: stored.n, snapshotBytes: stored.bytes, jsonBytes };
      } finally {
        library.close();
      }
    });

    const kib = (bytes: number) => Math.round(bytes / 1024);
    return {
      context: {
        words,
        growthSaves: growth.saves,
        growthRevisions: growth.revisions,
        libraryBeforeKiB: kib(growth.before),
        libraryAfterKiB: kib(growth.after),
        growthKiB: kib(growth.after - growth.before),
        revisionSnapshotsKiB: kib(growth.snapshotBytes),
        articleJsonKiB: kib(growth.jsonBytes),
        snapshotToJson: Math.round((growth.snapshotBytes / Math.max(1, growth.revisions - 1) / growth.jsonBytes) * 1000) / 1000,
        sealingSaves: withRevisions.sealing.length,
      },
      cases: [
        summarize('autosave, revisions on (every save)', withRevisions.all),
        summarize('autosave, revisions on (saves that seal a revision)', withRevisions.sealing.length > 0 ? withRevisions.sealing : [NaN]),
        summarize('autosave, no revisions', today.all),
        summarize('search rows of that save, rewritten after it (before a search, idle, close)', today.after),
      ],
    };
  },
};

export default bench;
