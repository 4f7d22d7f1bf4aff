// Which names in a destination are ours to replace. An export replaces only what an earlier export of the same
// article put there and nobody changed since: each file or folder it moves into place is recorded in the
// library with a fingerprint (kind, inode, modification time, size). Anything else at an export's name (a
// reporter's folder called `tin-nong.txt`, their own `tin-nong_files`, a file another article's export made)
// is kept, and the export takes a free name beside it. A library opened read-only can record nothing, so its
// exports replace nothing.
import fs from 'node:fs';
import type { Database } from 'better-sqlite3';

export interface ExportRecords {
  /** Whether `target` is what an earlier export of this article put there, unchanged since. */
  isOurs(target: string): boolean;
  /** Remembers what this export put in place. */
  record(targets: readonly string[]): void;
}

/** What sits at `target` now, or undefined when nothing does. */
export function fingerprint(target: string): string | undefined {
  let stat: fs.BigIntStats | undefined;
  try {
    stat = fs.lstatSync(target, { bigint: true, throwIfNoEntry: false });
  } catch {
    // A destination under a file (ENOTDIR) or not searchable: creating it fails next, with its own message.
    return undefined;
  }
  if (!stat) return undefined;
  const kind = stat.isDirectory() ? 'folder' : stat.isFile() ? 'file' : 'other';
  return `${kind}:${stat.ino}:${stat.mtimeNs}:${kind === 'file' ? stat.size : 0}`;
}

export function libraryExportRecords(db: Database, articleId: number): ExportRecords {
  const find = db.prepare<[string], { article_id: number; fingerprint: string }>('SELECT article_id, fingerprint FROM export_records WHERE path = ?');
  return {
    isOurs(target) {
      // What it writes could not be recorded: replacing by an older record would make the next export
      // replace a file nobody recorded. So a read-only library replaces nothing at all.
      if (db.readonly) return false;
      const row = find.get(target);
      return row !== undefined && row.article_id === articleId && row.fingerprint === fingerprint(target);
    },
    record(targets) {
      if (db.readonly) return;
      const save = db.prepare<[string, number, string, string]>('INSERT OR REPLACE INTO export_records (path, article_id, fingerprint, exported_at) VALUES (?, ?, ?, ?)');
      const at = new Date().toISOString();
      db.transaction(() => {
        for (const target of targets) {
          const print = fingerprint(target);
          if (print) save.run(target, articleId, print, at);
        }
      }).immediate();
    },
  };
}
