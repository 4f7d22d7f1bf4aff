// An article's body on disk: its TipTap JSON, deflated (zlib, raw), in `articles.body`. The body is the
// largest thing the library holds and is stored once: its plain text (for counts, search snippets, the CLI)
// is derived from it when needed, never stored beside it. Migration 9 copied the bodies of earlier libraries
// as JSON text (a migration runs SQL only); the column takes both, and `compactArticleBodies` deflates those
// right after migrating (a rebuild request, store/rebuildRequests.ts).
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Database } from 'better-sqlite3';
import { documentToPlainText } from '../common/text/documentText';
import type { DocNode } from '../contract/schemas/document';

/** Deflated JSON, or JSON text as migration 9 left it. */
export type StoredBody = Buffer | string;

/**
 * Level 1: on the generated archive's bodies within 2 % of level 6's size (a deflated body is ~37 % of its
 * JSON) at a third of its time, so a 5,000-word autosave spends about half a millisecond compressing.
 */
const level = 1;

export function packBody(body: DocNode): Buffer {
  return deflateRawSync(JSON.stringify(body), { level });
}

export function bodyJson(stored: StoredBody): string {
  return typeof stored === 'string' ? stored : inflateRawSync(stored).toString('utf8');
}

export function unpackBody(stored: StoredBody): DocNode {
  return JSON.parse(bodyJson(stored)) as DocNode;
}

/** The body's plain text (documentToPlainText), derived from what is stored. */
export function storedBodyText(stored: StoredBody): string {
  return documentToPlainText(unpackBody(stored));
}

/** Deflates every body still stored as JSON text (after migration 9). Call in a transaction. */
export function compactArticleBodies(db: Database): void {
  const update = db.prepare<[Buffer, number]>('UPDATE articles SET body = ? WHERE id = ?');
  // In batches: the connection cannot write while a statement is still iterating.
  const batch = db.prepare<[number], { id: number; body: string }>(
    "SELECT id, body FROM articles WHERE id > ? AND typeof(body) = 'text' ORDER BY id LIMIT 500",
  );
  for (let rows = batch.all(0); rows.length > 0; rows = batch.all(rows.at(-1)!.id)) {
    for (const row of rows) update.run(deflateRawSync(row.body, { level }), row.id);
  }
}
