// Reads and writes articles. Every string is NFC before it reaches SQLite, and the derived columns (word
// count, the headline's sort key) are computed here, in the same transaction as the document they come from.
// The body is stored once, deflated (store/articleBody.ts); its plain text is derived from it when asked for.
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { writeTransaction } from './writeTransaction';
import { NewsdeskError } from '../common/errors/newsdeskError';
import { deepNfc, toNfc } from '../common/text/nfc';
import { documentToPlainText } from '../common/text/documentText';
import { packBody, storedBodyText, unpackBody, type StoredBody } from './articleBody';
import { countWords } from '../common/text/countText';
import type { Language } from '../common/i18n/languages';
import type { CreditRole } from '../common/article/creditLine';
import { emptyDocument } from '../contract/constants';
import type { Article, ArticleChanges, ArticleStatus, ArticleSummary, SavedArticle } from '../contract/schemas/article';
import type { ArticleBodyLinks, ArticleFollowers, ArticleHistory, ArticleIndexer } from './articleFollowers';
import { contentOf, storedContent, unchanged } from './articleContent';
import { summaryColumns, toSummary, type SummaryRow } from './articleRows';
import { headlineKey } from './headlineKey';

interface ArticleRow extends SummaryRow {
  uuid: string;
  language: Language;
  body: StoredBody;
  dateline_place: string;
  credit_role: CreditRole | null;
  credit_names: string;
  target_words: number | null;
  deleted_at: string | null;
  version: number;
}

export interface NewArticle extends ArticleChanges {
  language?: Language;
}

/** What a save says about itself: the version it was based on (refused when stale) and why it happens. */
export interface SaveOptions {
  baseVersion?: number;
  reason?: 'autosave' | 'update' | 'revert';
  /** For a revert: the revision restored. */
  restoredFrom?: number;
  /** A save over another writer's change (the CLI; a window keeping its own text): that change stays a revision. */
  sealPrevious?: boolean;
}

export class ArticleStore {
  private readonly statements;
  private readonly photoLinks: ArticleBodyLinks;
  /** Search rows, kept in step inside every write transaction. */
  private readonly libraryIndex: ArticleIndexer;
  /** Revisions, recorded inside every write transaction. */
  private readonly history: ArticleHistory;

  constructor(
    private readonly db: Database,
    followers: ArticleFollowers,
    /** Milliseconds since the epoch; injectable so a test or a benchmark can simulate hours of editing. */
    private readonly clock: () => number = Date.now,
  ) {
    this.photoLinks = followers.photoLinks;
    this.libraryIndex = followers.index;
    this.history = followers.history;
    this.statements = {
      list: db.prepare<[], SummaryRow>(`SELECT ${summaryColumns} FROM articles WHERE deleted_at IS NULL ORDER BY updated_at DESC, id DESC`),
      get: db.prepare<[number], ArticleRow>(
        `SELECT ${summaryColumns}, uuid, language, body, dateline_place, credit_role, credit_names, target_words, deleted_at, version FROM articles WHERE id = ?`,
      ),
      summary: db.prepare<[number], SummaryRow & { version: number }>(`SELECT ${summaryColumns}, version FROM articles WHERE id = ?`),
      insert: db.prepare<[string, string, Buffer, string, string]>(
        'INSERT INTO articles (uuid, language, body, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, 0)',
      ),
      // An unchanged body (null) is neither deflated nor written again, and keeps its word count.
      write: db.prepare(`
        UPDATE articles SET headline = @headline, headline_key = @headline_key, sapo = @sapo, body = coalesce(@body, body),
          word_count = coalesce(@word_count, word_count), dateline_place = @dateline_place, dateline_date = @dateline_date,
          credit_role = @credit_role, credit_names = @credit_names, section = @section, target_words = @target_words,
          updated_at = @updated_at, version = version + 1
        WHERE id = @id`),
      setStatus: db.prepare<[ArticleStatus, string, number]>('UPDATE articles SET status = ?, updated_at = ? WHERE id = ?'),
      remove: db.prepare<[number]>('DELETE FROM articles WHERE id = ?'),
      trash: db.prepare<[string, number]>('UPDATE articles SET deleted_at = ? WHERE id = ?'),
      untrash: db.prepare<[number]>('UPDATE articles SET deleted_at = NULL WHERE id = ?'),
      trashedAt: db.prepare<[number], { deleted_at: string | null }>('SELECT deleted_at FROM articles WHERE id = ?'),
      emptyTrash: db.prepare<[]>('DELETE FROM articles WHERE deleted_at IS NOT NULL'),
      latestChange: db.prepare<[], { latest: string | null }>('SELECT max(updated_at) AS latest FROM articles'),
      tags: db.prepare<[number], { tag: string }>('SELECT tag FROM article_tags WHERE article_id = ? ORDER BY position'),
      clearTags: db.prepare<[number]>('DELETE FROM article_tags WHERE article_id = ?'),
      addTag: db.prepare<[number, number, string]>('INSERT INTO article_tags (article_id, position, tag) VALUES (?, ?, ?)'),
      history: db.prepare<[number], { status: ArticleStatus; changed_at: string }>(
        'SELECT status, changed_at FROM status_changes WHERE article_id = ? ORDER BY changed_at, rowid',
      ),
      recordStatus: db.prepare<[number, ArticleStatus, string]>('INSERT INTO status_changes (article_id, status, changed_at) VALUES (?, ?, ?)'),
      body: db.prepare<[number], { body: StoredBody }>('SELECT body FROM articles WHERE id = ?'),
    };
  }

  list(): ArticleSummary[] {
    return this.statements.list.all().map(toSummary);
  }

  create(fields: NewArticle = {}): Article {
    return writeTransaction(this.db, () => {
      const now = this.nextChangeTime();
      const body = deepNfc(fields.body ?? emptyDocument);
      const result = this.statements.insert.run(randomUUID(), fields.language ?? 'vi', packBody(body), now, now);
      const id = Number(result.lastInsertRowid);
      this.statements.recordStatus.run(id, 'draft', now);
      const { language: _language, ...changes } = fields;
      this.write(id, { ...changes, body }, now, { reason: 'created' });
      return this.get(id);
    });
  }

  get(id: number): Article {
    const row = this.statements.get.get(id);
    if (!row) throw notFound(id);
    if (row.deleted_at !== null) throw inTrash(id);
    return {
      ...toSummary(row),
      uuid: row.uuid,
      language: row.language,
      body: unpackBody(row.body),
      dateline: row.dateline_place || row.dateline_date ? { place: row.dateline_place, date: row.dateline_date } : null,
      credit: row.credit_role && row.credit_names ? { role: row.credit_role, names: row.credit_names } : null,
      tags: this.statements.tags.all(id).map((t) => t.tag),
      targetWords: row.target_words,
      version: row.version,
      statusHistory: this.statements.history.all(id).map((h) => ({ status: h.status, at: h.changed_at })),
    };
  }

  /** Saves changes; with a `baseVersion`, only if no other save came since that version (else a typed refusal). */
  update(id: number, changes: ArticleChanges, options: SaveOptions = {}): SavedArticle {
    return writeTransaction(this.db, () => {
      this.write(id, changes, this.nextChangeTime(), options);
      const row = this.statements.summary.get(id)!;
      return { ...toSummary(row), version: row.version };
    });
  }

  /** "Save version": the current content becomes a labelled revision. */
  saveVersion(id: number, label: string): void {
    writeTransaction(this.db, () => {
      const current = this.get(id);
      this.history.recorded(id, unchanged(current, 'label', this.nextChangeTime(), toNfc(label).trim()));
    });
  }

  /**
   * Filing: the current content becomes a revision of reason 'filed', labelled with the destination's name
   * (so retention keeps it); the outbox sends exactly that text, whatever is typed after.
   */
  recordFiled(id: number, destinationName: string): void {
    writeTransaction(this.db, () => {
      const current = this.get(id);
      this.history.recorded(id, unchanged(current, 'filed', this.nextChangeTime(), toNfc(destinationName).trim()));
    });
  }

  /** Moves an article along draft → ready → filed (or back), remembering when. */
  setStatus(id: number, status: ArticleStatus): Article {
    return writeTransaction(this.db, () => {
      const current = this.get(id);
      if (current.status !== status) {
        const now = this.nextChangeTime();
        this.statements.setStatus.run(status, now, id);
        this.statements.recordStatus.run(id, status, now);
        this.history.recorded(id, unchanged(current, 'status', now));
      }
      return this.get(id);
    });
  }

  /** Moves an article to the trash: out of the list and of search, until restored or the trash is emptied. */
  delete(id: number): void {
    writeTransaction(this.db, () => {
      this.get(id);
      this.statements.trash.run(new Date().toISOString(), id);
      this.libraryIndex.articleRemoved(id);
    });
  }

  /** Brings an article back from the trash (a live article stays as it is). */
  restore(id: number): ArticleSummary {
    return writeTransaction(this.db, () => {
      const trashed = this.statements.trashedAt.get(id);
      if (!trashed) throw notFound(id);
      if (trashed.deleted_at !== null) {
        this.statements.untrash.run(id);
        this.libraryIndex.articleSaved(id);
      }
      return toSummary(this.statements.summary.get(id)!);
    });
  }

  /** Deletes every article in the trash for good; returns how many. */
  emptyTrash(): number {
    return writeTransaction(this.db, () => this.statements.emptyTrash.run().changes);
  }

  /** Deletes one article for good, from the library or from the trash. */
  deleteForever(id: number): void {
    writeTransaction(this.db, () => {
      this.libraryIndex.articleRemoved(id);
      if (this.statements.remove.run(id).changes === 0) throw notFound(id);
    });
  }

  /** The body's plain text (documentToPlainText), derived from the stored body: what search and word counts read. */
  plainText(id: number): string {
    const row = this.statements.body.get(id);
    if (!row) throw notFound(id);
    return storedBodyText(row.body);
  }

  private write(id: number, changes: ArticleChanges, now: string, options: SaveOptions | { reason: 'created' }): void {
    const current = this.get(id);
    const baseVersion = 'baseVersion' in options ? options.baseVersion : undefined;
    if (baseVersion !== undefined && baseVersion !== current.version) {
      throw new NewsdeskError('articleChangedElsewhere', { id, version: current.version }, `article ${id} was saved since version ${baseVersion}`);
    }
    // An absent field means "unchanged", whether the key is missing or present as undefined.
    const given = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as ArticleChanges;
    // A stored body was made NFC when written: only a new one is walked again (the costly part of a large one).
    const { body: currentBody, ...currentRest } = current;
    const { body: givenBody, ...givenRest } = given;
    const next = { ...deepNfc({ ...currentRest, ...givenRest }), body: givenBody ? deepNfc(givenBody) : currentBody };
    const words = givenBody ? countWords(documentToPlainText(next.body)) : current.words;
    this.statements.write.run({
      id,
      headline: next.headline,
      headline_key: headlineKey(next.headline),
      sapo: next.sapo,
      body: givenBody ? packBody(next.body) : null,
      word_count: givenBody ? words : null,
      dateline_place: next.dateline?.place.trim() ?? '',
      dateline_date: next.dateline?.date ?? null,
      credit_role: next.credit?.role ?? null,
      credit_names: next.credit?.names.trim() ?? '',
      section: next.section.trim(),
      target_words: next.targetWords,
      updated_at: now,
    });
    if (given.body) this.photoLinks.sync(id, next.body);
    if (changes.tags) {
      this.statements.clearTags.run(id);
      uniqueTags(changes.tags).forEach((tag, position) => this.statements.addTag.run(id, position, tag));
    }
    this.libraryIndex.articleSaved(id);
    const created = options.reason === 'created';
    this.history.recorded(id, {
      reason: options.reason ?? 'autosave',
      ...('restoredFrom' in options && options.restoredFrom !== undefined ? { restoredFrom: options.restoredFrom } : {}),
      ...('sealPrevious' in options && options.sealPrevious ? { sealPrevious: true } : {}),
      at: now,
      before: created ? null : contentOf(current),
      beforeAt: created ? null : current.updated,
      after: storedContent(next, uniqueTags(next.tags)),
      wordsBefore: created ? 0 : current.words,
      wordsAfter: words,
    });
  }

  /** Later than every change in the library, not just this article's: the list orders by it. */
  private nextChangeTime(): string {
    const latest = this.statements.latestChange.get()?.latest;
    return latest ? laterThan(latest, this.clock()) : new Date(this.clock()).toISOString();
  }
}

function notFound(id: number): NewsdeskError {
  return new NewsdeskError('articleNotFound', { id }, `no article with id ${id}`);
}

function inTrash(id: number): NewsdeskError {
  return new NewsdeskError('articleInTrash', { id }, `article ${id} is in the trash`);
}

function uniqueTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = toNfc(raw).trim();
    const key = tag.toLocaleLowerCase('vi');
    if (tag && !seen.has(key)) {
      seen.add(key);
      out.push(tag);
    }
  }
  return out;
}

/** Two saves in the same millisecond must still order: "last change" never goes backwards or ties. */
function laterThan(previous: string, now: number): string {
  const floor = Date.parse(previous) + 1;
  return new Date(Math.max(now, floor)).toISOString();
}
