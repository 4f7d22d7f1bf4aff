// An article's history: the one writer of `article_revisions`. The article store calls `recorded` inside every
// write's transaction (the ArticleHistory port); the policy (recordingPolicy.ts) says whether the write
// coalesces into the open revision or starts a new one, and retention (retention.ts) thins old ones then.
// The open revision holds no snapshot: its content is the article's current one until a later revision seals
// it, so an autosave that coalesces writes two small columns, not the text.
import type { Database } from 'better-sqlite3';
import { NewsdeskError } from '../common/errors/newsdeskError';
import { articleWords, diffArticles } from '../common/revisions/articleDiff';
import type { ArticleContent, ArticleDiff, Revision, RevisionReason, RevisionWithContent } from '../contract/schemas/revision';
import type { ArticleHistory, RecordedChange } from '../store/articleFollowers';
import { writeTransaction } from '../store/writeTransaction';
import { decideRecording } from './recordingPolicy';
import { ChangeSizes, type ChangeSize } from './changeSizes';
import { retentionRules, revisionsToThin } from './retention';
import { packContent, unpackContent } from './revisionSnapshot';

interface RevisionRow {
  number: number;
  reason: RevisionReason;
  label: string | null;
  started_at: string;
  at: string;
  keep: 0 | 1;
  restored_from: number | null;
  open: 0 | 1;
}

/** What the history reads of the current article: its content (an open revision's), or a typed refusal. */
export type CurrentContent = (id: number) => ArticleContent;

// The `words` column (the body's, as the save counted them) is not read: the list counts all the text from the
// content, as its change size does (changeSizes.ts), and a save would pay to count it that way.
const rowColumns = 'number, reason, label, started_at, at, keep, restored_from, snapshot IS NULL AS open';

export class RevisionStore implements ArticleHistory {
  private readonly statements;
  /** Per article, the words (all its text) its open revision began with: read from the revision before it once. */
  private readonly openStarts = new Map<number, { number: number; startedAt: string; words: number }>();
  /** Per article, the words (all its text) of its last write, to spare counting the text before the next one. */
  private readonly lastWords = new Map<number, { at: string; words: number }>();
  private readonly changeSizes = new ChangeSizes();
  /** Whether every article was thinned since this library opened (opening does not thin: a CLI read stays quick). */
  private thinnedAll = false;

  constructor(
    private readonly db: Database,
    private readonly currentContent: CurrentContent,
  ) {
    this.statements = {
      newest: db.prepare<[number], RevisionRow>(`SELECT ${rowColumns} FROM article_revisions WHERE article_id = ? ORDER BY number DESC LIMIT 1`),
      list: db.prepare<[number], RevisionRow>(`SELECT ${rowColumns} FROM article_revisions WHERE article_id = ? ORDER BY number`),
      one: db.prepare<[number, number], RevisionRow & { snapshot: Buffer | null }>(
        `SELECT ${rowColumns}, snapshot FROM article_revisions WHERE article_id = ? AND number = ?`,
      ),
      coalesce: db.prepare<[string, number, number, number]>('UPDATE article_revisions SET at = ?, words = ? WHERE article_id = ? AND number = ?'),
      seal: db.prepare<[Buffer, number, number, number]>('UPDATE article_revisions SET snapshot = ?, keep = ? WHERE article_id = ? AND number = ?'),
      keep: db.prepare<[number, number]>('UPDATE article_revisions SET keep = 1 WHERE article_id = ? AND number = ?'),
      label: db.prepare<[string, string, string, Buffer, number, number]>(
        'UPDATE article_revisions SET reason = ?, label = ?, at = ?, snapshot = ? WHERE article_id = ? AND number = ?',
      ),
      insert: db.prepare(
        `INSERT INTO article_revisions (article_id, number, reason, label, started_at, at, words, keep, restored_from, snapshot)
         VALUES (@articleId, @number, @reason, @label, @at, @at, @words, @keep, @restoredFrom, @snapshot)`,
      ),
      remove: db.prepare<[number, number]>('DELETE FROM article_revisions WHERE article_id = ? AND number = ?'),
      before: db.prepare<[number, number], { number: number; snapshot: Buffer | null }>(
        'SELECT number, snapshot FROM article_revisions WHERE article_id = ? AND number < ? ORDER BY number DESC LIMIT 1',
      ),
      // Articles with a revision old enough to thin and more than one revision: the only ones thinning can touch.
      thinnable: db.prepare<[string], { article_id: number }>(
        'SELECT article_id FROM article_revisions GROUP BY article_id HAVING count(*) > 1 AND min(at) < ?',
      ),
    };
  }

  recorded(id: number, change: RecordedChange): void {
    const newest = this.statements.newest.get(id);
    const now = Date.parse(change.at);
    const wordsBefore = this.wordsBefore(id, change);
    const wordsAfter = articleWords(change.after, change.wordsAfter);
    this.lastWords.set(id, { at: change.at, words: wordsAfter });
    const decision = decideRecording(
      newest && { reason: newest.reason, open: newest.open === 1, startedAt: Date.parse(newest.started_at), at: Date.parse(newest.at) },
      { ...change, wordsBefore, wordsAfter, openStartWords: newest?.open === 1 ? this.openStartWords(id, newest) : undefined },
      now,
    );
    if (decision.kind === 'coalesce') {
      this.statements.coalesce.run(change.at, change.wordsAfter, id, newest!.number);
      if (decision.keepBeforeOpen) {
        const before = this.statements.before.get(id, newest!.number);
        if (before) this.statements.keep.run(id, before.number);
      }
      return;
    }
    if (decision.kind === 'labelOpen') {
      this.statements.label.run(change.reason, change.label ?? '', change.at, packContent(change.after), id, newest!.number);
      return;
    }
    let number = 1;
    if (newest) {
      // The newest revision holds the text before this write: an open one gets it written down now.
      if (newest.open === 1 && change.before) this.statements.seal.run(packContent(change.before), decision.keepPrevious ? 1 : 0, id, newest.number);
      else if (decision.keepPrevious) this.statements.keep.run(id, newest.number);
      number = newest.number + 1;
    } else if (change.before && change.beforeAt) {
      // History that began before revisions did: the text as it was becomes revision 1.
      this.insert(id, 1, { reason: 'earlier', at: change.beforeAt, words: change.wordsBefore, keep: decision.keepPrevious, snapshot: packContent(change.before) });
      number = 2;
    }
    if (change.reason === 'autosave') this.openStarts.set(id, { number, startedAt: change.at, words: wordsBefore });
    this.insert(id, number, {
      reason: change.reason,
      label: change.label,
      at: change.at,
      words: change.wordsAfter,
      keep: false,
      restoredFrom: change.restoredFrom,
      // An autosave's revision stays open, following the text; any other is the text as of this write.
      snapshot: change.reason === 'autosave' ? null : packContent(change.after),
    });
    // The first revision this open records thins every article, so a CLI command that writes thins the
    // library and one that only reads does not pay for it; the app also thins hourly (libraryMaintenance.ts).
    if (this.thinnedAll) this.thin(id, now);
    else this.thinAll(now);
  }

  /** The article's revisions, oldest first, each with its change from the one before. */
  list(id: number): Revision[] {
    this.currentContent(id);
    const rows = this.statements.list.all(id);
    const sizes = this.changeSizes.sizes(
      id,
      rows.map((row) => ({ number: row.number, at: row.at, open: row.open === 1 })),
      (row) => (row.open ? this.currentContent(id) : unpackContent(this.statements.one.get(id, row.number)!.snapshot!)),
    );
    let previousWords = 0;
    return rows.map((row, index) => {
      const revision = toRevision(row, previousWords, sizes[index]!);
      previousWords = revision.words;
      return revision;
    });
  }

  get(id: number, number: number): RevisionWithContent {
    const row = this.statements.one.get(id, number);
    if (!row) {
      this.currentContent(id);
      throw new NewsdeskError('revisionNotFound', { id, revision: number }, `article ${id} has no revision ${number}`);
    }
    const listed = this.list(id).find((revision) => revision.revision === number)!;
    const content = row.snapshot ? unpackContent(row.snapshot) : this.currentContent(id);
    return { ...listed, content };
  }

  /** From revision `from` to revision `to`, or to the current text. */
  diff(id: number, from: number, to?: number): ArticleDiff {
    const before = this.get(id, from).content;
    const after = to === undefined ? this.currentContent(id) : this.get(id, to).content;
    return diffArticles(before, after);
  }

  /** Thins every article's history, so an article nobody edits thins too. */
  thinAll(now: number = Date.now()): void {
    const cutoff = new Date(now - retentionRules.wholeMs).toISOString();
    writeTransaction(this.db, () => {
      for (const { article_id: id } of this.statements.thinnable.all(cutoff)) this.thin(id, now);
    });
    this.thinnedAll = true;
  }

  private wordsBefore(id: number, change: RecordedChange): number {
    if (!change.before) return 0;
    const last = this.lastWords.get(id);
    return last && last.at === change.beforeAt ? last.words : articleWords(change.before, change.wordsBefore);
  }

  private openStartWords(id: number, open: RevisionRow): number | undefined {
    const known = this.openStarts.get(id);
    if (known?.number === open.number && known.startedAt === open.started_at) return known.words;
    const before = this.statements.before.get(id, open.number);
    if (!before?.snapshot) return undefined;
    const words = articleWords(unpackContent(before.snapshot));
    this.openStarts.set(id, { number: open.number, startedAt: open.started_at, words });
    return words;
  }

  private insert(
    id: number,
    number: number,
    revision: { reason: RevisionReason; label?: string; at: string; words: number; keep: boolean; restoredFrom?: number; snapshot: Buffer | null },
  ): void {
    this.statements.insert.run({
      articleId: id,
      number,
      reason: revision.reason,
      label: revision.label ?? null,
      at: revision.at,
      words: revision.words,
      keep: revision.keep ? 1 : 0,
      restoredFrom: revision.restoredFrom ?? null,
      snapshot: revision.snapshot,
    });
  }

  private thin(id: number, now: number): void {
    const rows = this.statements.list.all(id);
    const doomed = revisionsToThin(
      rows.map((row) => ({ number: row.number, at: Date.parse(row.at), labelled: row.label !== null, kept: row.keep === 1 })),
      now,
    );
    for (const number of doomed) this.statements.remove.run(id, number);
  }
}

function toRevision(row: RevisionRow, previousWords: number, size: ChangeSize): Revision {
  return {
    revision: row.number,
    at: row.at,
    reason: row.reason,
    label: row.label,
    words: size.words,
    wordsChanged: size.words - previousWords,
    added: size.added,
    removed: size.removed,
    restoredFrom: row.restored_from,
    kept: row.keep === 1 || row.label !== null,
  };
}
