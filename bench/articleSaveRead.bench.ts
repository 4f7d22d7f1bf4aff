// Saving and reading back one 2,000-word Vietnamese article: ArticleStore.update + ArticleStore.get, next to a
// bare prepared UPDATE + SELECT carrying the same JSON on the same schema, so the store's own cost
// (NFC, JSON, plain-text derivation, transaction, ordering stamp) is visible.
import Database from 'better-sqlite3';
import type { DocNode } from '../contract/schemas/document';
import { documentToPlainText } from '../common/text/documentText';
import { openLibrary } from '../library/openLibrary';
import { openDatabase } from '../store/openDatabase';
import { docOf, readSeed, seedHeadline } from '../tests/helpers/seed';
import type { Bench } from './lib/results';
import { summarize } from './lib/stats';
import { withTempDir } from './lib/tempDir';
import { measure } from './lib/timing';

const words = 2000;
const runs = 1000;
const warmup = 100;

/** Cycles the seed's paragraphs until the body holds exactly `count` words. */
function vietnameseBody(count: number): DocNode {
  const source = readSeed().paragraphs.map((text) => text.split(/\s+/).filter(Boolean));
  const paragraphs: string[] = [];
  let left = count;
  for (let i = 0; left > 0; i++) {
    const paragraph = source[i % source.length]!.slice(0, left);
    paragraphs.push(paragraph.join(' '));
    left -= paragraph.length;
  }
  return docOf(paragraphs);
}

const bench: Bench = {
  description: `update + get of one ${words}-word Vietnamese article (seed paragraphs, cycled), ${runs} runs after ${warmup} warm-up runs`,
  async run() {
    const body = vietnameseBody(words);
    const json = JSON.stringify(body);
    const text = documentToPlainText(body);
    const wordCount = text.split(/\s+/).filter(Boolean).length;
    if (wordCount !== words) throw new Error(`body has ${wordCount} words, expected ${words}`);
    // Two headlines, alternated, so every save really changes the row.
    const headlines = [seedHeadline, `${seedHeadline} (cập nhật)`];

    const store = await withTempDir('newsdesk-bench-store', async (dir) => {
      const library = openLibrary(dir);
      try {
        const { id } = library.articles.create({ headline: seedHeadline, body });
        const samples = await measure(
          (i) => {
            library.articles.update(id, { headline: headlines[i % 2], body });
            const read = library.articles.get(id);
            if (read.body.content?.length !== body.content?.length) throw new Error('read back a different body');
          },
          { runs, warmup },
        );
        return samples;
      } finally {
        library.close();
      }
    });

    // Same schema and pragmas (openDatabase), bare prepared statements, the JSON already a string.
    const bare = await withTempDir('newsdesk-bench-bare', async (dir) => {
      const db: Database.Database = openDatabase(dir);
      try {
        const now = new Date().toISOString();
        const { lastInsertRowid } = db
          .prepare('INSERT INTO articles (uuid, headline, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
          .run('00000000-0000-4000-8000-000000000000', seedHeadline, json, now, now);
        const id = Number(lastInsertRowid);
        const update = db.prepare('UPDATE articles SET headline = ?, body = ?, updated_at = ? WHERE id = ?');
        const select = db.prepare<[number], { body: string }>('SELECT id, uuid, headline, body, status, created_at, updated_at FROM articles WHERE id = ?');
        const bareSamples = await measure(
          (i) => {
            update.run(headlines[i % 2], json, new Date().toISOString(), id);
            const row = select.get(id);
            if (row?.body.length !== json.length) throw new Error('read back a different body');
          },
          { runs, warmup },
        );
        // The same, paying for JSON both ways as the store must: how much of the gap is serialisation.
        const withJsonSamples = await measure(
          (i) => {
            update.run(headlines[i % 2], JSON.stringify(body), new Date().toISOString(), id);
            const read = JSON.parse(select.get(id)!.body) as DocNode;
            if (read.content?.length !== body.content?.length) throw new Error('read back a different body');
          },
          { runs, warmup },
        );
        return { bareSamples, withJsonSamples };
      } finally {
        db.close();
      }
    });

    const sqliteVersion = (() => {
      const db = new Database(':memory:');
      try {
        return db.prepare<[], { v: string }>('SELECT sqlite_version() AS v').get()!.v;
      } finally {
        db.close();
      }
    })();

    return {
      context: { words: wordCount, paragraphs: body.content?.length ?? 0, jsonBytes: Buffer.byteLength(json), sqlite: sqliteVersion, warmup },
      cases: [
        summarize('ArticleStore update + get', store),
        summarize('bare better-sqlite3 UPDATE + SELECT', bare.bareSamples),
        summarize('bare UPDATE + SELECT + JSON stringify/parse', bare.withJsonSamples),
      ],
    };
  },
};

export default bench;
