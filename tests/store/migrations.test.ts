// Schema migrations, Signal-Desktop style: a library written by ANY earlier version opens in this one with
// its data intact. Fixtures are built by code: migrate a raw file to version v, insert rows valid at v, then
// let openLibrary take it to the latest version and read everything back through the stores.
import fs from 'node:fs';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { NewsdeskError } from '../../common/errors/newsdeskError';
import { comparedWords } from '../../common/revisions/articleDiff';
import type { DocNode } from '../../contract/schemas/document';
import type { Article } from '../../contract/schemas/article';
import { DatabaseTooNewError, migrate, schemaVersion } from '../../store/migrate';
import { latestVersion, migrations, type Migration } from '../../store/migrations/index';
import { databaseFileName, openDatabase } from '../../store/openDatabase';
import { openLibrary } from '../../library/openLibrary';
import { rebuildRequested } from '../../store/rebuildRequests';
import { readSeed, seedHeadline } from '../helpers/seed';
import { useTempDirs } from '../helpers/tempDir';

const tempDir = useTempDirs('newsdesk-migrations');

type Raw = Database.Database;

/** What a fixture expects to read back through the stores at the latest version. */
interface Expected {
  articles: Article[];
  plainText: Map<number, string>;
  language?: 'en' | 'vi';
}

const seed = readSeed();
const seedBody: DocNode = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: seed.dateline }] },
    ...seed.paragraphs.slice(0, 3).map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: seed.captions[1] ?? '' },
        { type: 'hardBreak' },
        { type: 'text', marks: [{ type: 'italic' }], text: seed.captions[2] ?? '' },
      ],
    },
    { type: 'paragraph', content: [{ type: 'text', text: seed.credit }] },
  ],
};
const seedPlainText = [seed.dateline, ...seed.paragraphs.slice(0, 3), `${seed.captions[1]}\n${seed.captions[2]}`, seed.credit].join('\n\n');

/**
 * Rows each schema version introduced, written with the SQL of that version (never through today's stores).
 * Every version needs an entry: adding migration N without fixture rows for it fails the coverage test.
 */
const rowsIntroducedAt: Record<number, (db: Raw, expected: Expected) => void> = {
  1: (db, expected) => {
    const insert = db.prepare(
      'INSERT INTO articles (id, uuid, headline, body_json, body_text, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const rows = [
      {
        id: 7,
        uuid: '0b7e4a52-6a43-4d6e-9d2f-3f0d8c2a9b11',
        headline: seedHeadline,
        body: seedBody,
        text: seedPlainText,
        status: 'filed' as const,
        created: '2024-06-22T01:02:03.004Z',
        updated: '2024-06-22T05:06:07.008Z',
      },
      {
        id: 8,
        uuid: '5d1c2f3e-8b9a-4c7d-a6e5-1f2e3d4c5b6a',
        headline: '',
        body: { type: 'doc', content: [{ type: 'paragraph' }] },
        text: '',
        status: 'draft' as const,
        created: '2024-06-23T00:00:00.000Z',
        updated: '2024-06-23T00:00:00.000Z',
      },
    ];
    for (const row of rows) {
      insert.run(row.id, row.uuid, row.headline, JSON.stringify(row.body), row.text, row.status, row.created, row.updated);
      expected.articles.push({
        ...detailsBeforeVersion3(row.created, row.status, row.text),
        id: row.id,
        uuid: row.uuid,
        headline: row.headline,
        status: row.status,
        created: row.created,
        updated: row.updated,
        body: row.body,
      });
      expected.plainText.set(row.id, row.text);
    }
  },
  2: (db, expected) => {
    db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run('language', 'vi');
    expected.language = 'vi';
  },
  3: (db, expected) => {
    const body: DocNode = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: seed.paragraphs[0]! }] }] };
    db.prepare(
      `INSERT INTO articles (id, uuid, language, headline, sapo, body_json, body_text, word_count, status, dateline_place,
        dateline_date, credit_role, credit_names, section, target_words, created_at, updated_at)
       VALUES (21, '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', 'vi', ?, ?, ?, ?, 50, 'ready', 'Hà Nội', '2024-06-22',
        'textAndPhotos', 'Minh Khôi', 'Thời sự', 600, '2024-06-22T02:00:00.000Z', '2024-06-22T03:00:00.000Z')`,
    ).run(seedHeadline, 'Hội nghị triển khai kế hoạch năm 2022.', JSON.stringify(body), seed.paragraphs[0]!);
    db.prepare('INSERT INTO article_tags (article_id, position, tag) VALUES (21, 0, ?), (21, 1, ?)').run('thi đua', 'Đảng');
    db.prepare(
      "INSERT INTO status_changes (article_id, status, changed_at) VALUES (21, 'draft', '2024-06-22T02:00:00.000Z'), (21, 'ready', '2024-06-22T03:00:00.000Z')",
    ).run();
    expected.articles.push({
      id: 21,
      uuid: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
      language: 'vi',
      headline: seedHeadline,
      sapo: 'Hội nghị triển khai kế hoạch năm 2022.',
      body,
      status: 'ready',
      section: 'Thời sự',
      datelineDate: '2024-06-22',
      dateline: { place: 'Hà Nội', date: '2024-06-22' },
      credit: { role: 'textAndPhotos', names: 'Minh Khôi' },
      tags: ['thi đua', 'Đảng'],
      targetWords: 600,
      version: 1,
      words: 50,
      statusHistory: [
        { status: 'draft', at: '2024-06-22T02:00:00.000Z' },
        { status: 'ready', at: '2024-06-22T03:00:00.000Z' },
      ],
      created: '2024-06-22T02:00:00.000Z',
      updated: '2024-06-22T03:00:00.000Z',
    });
    expected.plainText.set(21, seed.paragraphs[0]!);
  },
  4: (db, expected) => {
    const caption = seed.captions[0]!;
    db.prepare(
      `INSERT INTO photos (id, hash, original_name, mime, bytes, width, height, caption, credit, creator, copyright, taken_at, imported_at)
       VALUES (3, ?, 'Hội nghị.jpg', 'image/jpeg', 123456, 1600, 1067, ?, 'Ảnh: TTXVN', 'Thống Nhất', '', '2022-01-12T09:30:00', '2024-06-22T04:00:00.000Z')`,
    ).run('c0'.repeat(32), caption);
    const body: DocNode = { type: 'doc', content: [{ type: 'figure', attrs: { photoId: 3, credit: 'Ảnh: TTXVN' }, content: [{ type: 'text', text: caption }] }] };
    const at = '2024-06-22T04:00:00.000Z';
    db.prepare(
      `INSERT INTO articles (id, uuid, language, headline, body_json, body_text, status, created_at, updated_at)
       VALUES (31, '3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a9f', 'vi', 'Ảnh hội nghị', ?, '', 'draft', ?, ?)`,
    ).run(JSON.stringify(body), at, at);
    db.prepare("INSERT INTO status_changes (article_id, status, changed_at) VALUES (31, 'draft', ?)").run(at);
    db.prepare('INSERT INTO article_photos (article_id, photo_id, position) VALUES (31, 3, 0)').run();
    expected.articles.push({
      ...detailsBeforeVersion3(at, 'draft', ''),
      id: 31,
      uuid: '3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a9f',
      headline: 'Ảnh hội nghị',
      status: 'draft',
      created: at,
      updated: at,
      body,
    });
    expected.plainText.set(31, '');
  },
  5: (db) => {
    // An article in the trash: it stays in the library, out of the list and of search, until restored.
    const at = '2024-06-23T05:00:00.000Z';
    db.prepare(
      `INSERT INTO articles (id, uuid, language, headline, body_json, body_text, status, created_at, updated_at, deleted_at)
       VALUES (41, '6f5e4d3c-2b1a-4098-8776-5a4b3c2d1e0f', 'vi', 'Bài đã xóa', '{"type":"doc","content":[]}', '', 'draft', ?, ?, ?)`,
    ).run(at, at, at);
    db.prepare("INSERT INTO status_changes (article_id, status, changed_at) VALUES (41, 'draft', ?)").run(at);
  },
  6: (db) => {
    // What an export put in place, for the export service (the stores never read it).
    db.prepare("INSERT INTO export_records (path, article_id, fingerprint, exported_at) VALUES ('/ra/tin.txt', 7, '1:2:3', '2024-06-24T00:00:00.000Z')").run();
  },
  // The outbox (file 0007): keyed by its registered version, which a merge may renumber.
  [migrations.find((m) => m.name === 'outbox')!.version]: (db) => {
    const at = '2024-06-24T06:00:00.000Z';
    db.prepare(`INSERT INTO destinations (id, name, kind, settings, secret, created_at) VALUES (1, 'Tòa soạn', 'folder', '{"kind":"folder","path":"/mnt/toa-soan"}', '{"store":"none"}', ?)`).run(at);
    db.prepare(
      `INSERT INTO outbox_items (key, article_id, article_uuid, headline, destination_id, snapshot, state, next_attempt_at, queued_at)
       VALUES ('3f1d8a90-1c2b-4e5f-8a9b-0c1d2e3f4a5b', 7, '0b7e4a52-6a43-4d6e-9d2f-3f0d8c2a9b11', ?, 1, '{}', 'queued', ?, ?)`,
    ).run(seedHeadline, at, at);
  },
  8: (db, expected) => {
    // Article 21 saved twice more since: version 3, an earlier text kept as a labelled revision, the open one newest.
    const earlier = { headline: 'Bản nháp đầu', sapo: '', body: { type: 'doc', content: [] }, dateline: null, credit: null, section: '', tags: [], targetWords: null };
    db.prepare('UPDATE articles SET version = 3 WHERE id = 21').run();
    db.prepare('DELETE FROM article_revisions WHERE article_id = 21').run();
    db.prepare(
      `INSERT INTO article_revisions (article_id, number, reason, label, started_at, at, words, keep, snapshot) VALUES
        (21, 1, 'label', 'gửi ban biên tập', '2024-06-22T02:00:00.000Z', '2024-06-22T02:00:00.000Z', 0, 0, ?),
        (21, 2, 'autosave', NULL, '2024-06-22T02:30:00.000Z', '2024-06-22T03:00:00.000Z', 50, 0, NULL)`,
    ).run(deflateRawSync(JSON.stringify(earlier)));
    expected.articles.find((article) => article.id === 21)!.version = 3;
  },
  // Filing freezes a revision (file 0009): the queued item names the revision it sends. Keyed by name, which a
  // merge may renumber.
  [migrations.find((m) => m.name === 'filed-revisions')!.version]: (db) => {
    db.prepare("UPDATE outbox_items SET revision = 1 WHERE key = '3f1d8a90-1c2b-4e5f-8a9b-0c1d2e3f4a5b'").run();
  },
  [migrations.find((m) => m.name === 'compact-bodies')!.version]: (db, expected) => {
    // The body stored once, deflated, as today's code writes it; a save whose search rows a kill left pending.
    const body: DocNode = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: seed.paragraphs[1]! }] }] };
    const at = '2024-06-25T07:00:00.000Z';
    db.prepare(
      `INSERT INTO articles (id, uuid, language, headline, body, word_count, status, created_at, updated_at)
       VALUES (51, '7e6d5c4b-3a29-4187-9f6e-5d4c3b2a1908', 'vi', 'Sầu riêng xuất khẩu', ?, ?, 'draft', ?, ?)`,
    ).run(deflateRawSync(JSON.stringify(body)), countWordsAt3(seed.paragraphs[1]!), at, at);
    db.prepare("INSERT INTO status_changes (article_id, status, changed_at) VALUES (51, 'draft', ?)").run(at);
    db.prepare("INSERT INTO article_revisions (article_id, number, reason, started_at, at, words) VALUES (51, 1, 'created', ?, ?, ?)").run(at, at, countWordsAt3(seed.paragraphs[1]!));
    db.prepare('INSERT INTO search_pending (article_id) VALUES (51)').run();
    expected.articles.push({
      ...detailsBeforeVersion3(at, 'draft', seed.paragraphs[1]!),
      id: 51,
      uuid: '7e6d5c4b-3a29-4187-9f6e-5d4c3b2a1908',
      headline: 'Sầu riêng xuất khẩu',
      status: 'draft',
      created: at,
      updated: at,
      body,
    });
    expected.plainText.set(51, seed.paragraphs[1]!);
  },
};

function countWordsAt3(text: string): number {
  return text.split(/\s+/u).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** What migration 3 gives an article written before it: empty details, its present status since creation. */
function detailsBeforeVersion3(created: string, status: Article['status'], text: string) {
  return {
    language: 'vi' as const,
    sapo: '',
    section: '',
    datelineDate: null,
    dateline: null,
    credit: null,
    tags: [],
    targetWords: null,
    version: 1,
    words: text.split(/\s+/u).filter((token) => /[\p{L}\p{N}]/u.test(token)).length,
    statusHistory: [{ status, at: created }],
  };
}

/** Builds `<dir>/newsdesk.sqlite` at schema version `version` with representative rows; returns what to expect. */
function buildFixture(dir: string, version: number): Expected {
  const db = new Database(path.join(dir, databaseFileName));
  try {
    const expected: Expected = { articles: [], plainText: new Map() };
    // Each version's rows go in while the file is at that version, then later migrations carry them forward,
    // as they would an app's real data (so a derived column a later migration fills is filled for them too).
    for (let v = 1; v <= version; v++) {
      expect(migrate(db, { target: v })).toBe(v);
      rowsIntroducedAt[v]!(db, expected);
    }
    expect(schemaVersion(db)).toBe(version);
    return expected;
  } finally {
    db.close();
  }
}

function tableNames(db: Raw): string[] {
  return db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .all()
    .map((row) => row.name);
}

function rawUserVersion(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return schemaVersion(db);
  } finally {
    db.close();
  }
}

describe('migration fixtures', () => {
  it('cover every schema version', () => {
    expect(latestVersion).toBe(migrations.length);
    expect(Object.keys(rowsIntroducedAt).map(Number).sort((a, b) => a - b)).toEqual(migrations.map((m) => m.version));
  });

  const earlier = Array.from({ length: latestVersion }, (_, v) => v);
  it.each(earlier)('a library at schema version %i opens at the latest version with its data intact', (version) => {
    const dir = tempDir();
    const expected = buildFixture(dir, version);
    expect(rawUserVersion(path.join(dir, databaseFileName))).toBe(version);

    const library = openLibrary(dir);
    try {
      expect(schemaVersion(library.db)).toBe(latestVersion);

      const byUpdated = [...expected.articles].sort((a, b) => b.updated.localeCompare(a.updated) || b.id - a.id);
      expect(library.articles.list()).toEqual(
        byUpdated.map(({ id, headline, sapo, status, section, datelineDate, words, created, updated }) => ({
          id,
          headline,
          sapo,
          status,
          section,
          datelineDate,
          words,
          created,
          updated,
        })),
      );
      for (const article of expected.articles) {
        const read = library.articles.get(article.id);
        expect(read).toEqual(article);
        expect(Buffer.from(read.headline, 'utf8').equals(Buffer.from(article.headline, 'utf8'))).toBe(true);
        expect(library.articles.plainText(article.id)).toBe(expected.plainText.get(article.id));
        // Every article has a history: its present text is the newest revision, as migration 7 opened it.
        const history = library.revisions.list(article.id);
        // Its words are all the text, counted as the history's change sizes count (comparedWords).
        expect(history.at(-1)).toMatchObject({ words: comparedWords(article) });
        expect(library.revisions.get(article.id, history.at(-1)!.revision).content.body).toEqual(article.body);
      }
      expect(library.settings.language()).toBe(expected.language ?? 'en');

      // The migrated library is fully usable, not just readable.
      const created = library.articles.create({ headline: seedHeadline });
      expect(library.articles.get(created.id).headline).toBe(seedHeadline);
      expect(expected.articles.map((a) => a.id)).not.toContain(created.id);
      library.settings.setLanguage('vi');
      expect(library.settings.language()).toBe('vi');
    } finally {
      library.close();
    }
  });
});

describe('migration filed-revisions', () => {
  it('keeps every revision as it was, then accepts a filed one, and names no revision for an item filed before it', () => {
    const dir = tempDir();
    const filedRevisions = migrations.find((m) => m.name === 'filed-revisions')!.version;
    buildFixture(dir, filedRevisions - 1);
    const db = new Database(path.join(dir, databaseFileName));
    try {
      const all = () => db.prepare('SELECT * FROM article_revisions ORDER BY article_id, number').all();
      const before = all();
      expect(before).toContainEqual(expect.objectContaining({ article_id: 21, number: 1, reason: 'label', label: 'gửi ban biên tập' }));
      const insertFiled = () =>
        db
          .prepare("INSERT INTO article_revisions (article_id, number, reason, label, started_at, at, words) VALUES (21, 9, 'filed', 'Tòa soạn', ?, ?, 0)")
          .run('2024-06-25T00:00:00.000Z', '2024-06-25T00:00:00.000Z');
      expect(insertFiled).toThrow(/CHECK constraint/);
      expect(migrate(db, { target: filedRevisions })).toBe(filedRevisions);
      expect(all()).toEqual(before);
      insertFiled();
      expect(db.prepare('SELECT revision FROM outbox_items').all()).toEqual([{ revision: null }]);
      expect(db.pragma('foreign_key_check')).toEqual([]);
    } finally {
      db.close();
    }
  });
});

describe('frozen migrations', () => {
  const migrationsDir = path.resolve(import.meta.dirname, '../../store/migrations');

  /** Every module specifier a source file imports or re-exports, static or dynamic. */
  function importsOf(file: string): string[] {
    const source = fs.readFileSync(file, 'utf8');
    return [...source.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g)].map((match) => match[1]!);
  }

  it('import only the database driver and their own folder', () => {
    const files = fs.readdirSync(migrationsDir).filter((name) => name.endsWith('.ts'));
    expect(files).toEqual(expect.arrayContaining(['index.ts', '0005-search.ts']));
    for (const name of files) {
      for (const specifier of importsOf(path.join(migrationsDir, name))) {
        const ownFolder = specifier.startsWith('./') && path.dirname(path.resolve(migrationsDir, specifier)) === migrationsDir;
        expect({ name, specifier, allowed: specifier === 'better-sqlite3' || ownFolder }).toEqual({ name, specifier, allowed: true });
      }
    }
  });

  it('take a version-4 library to the latest version by themselves, and ask for the search index to be rebuilt', () => {
    const dir = tempDir();
    const expected = buildFixture(dir, 4);
    const db = new Database(path.join(dir, databaseFileName));
    try {
      // Straight from the migration files, without migrate() or any store or service around them.
      for (const migration of migrations.filter((m) => m.version > 4)) {
        db.transaction(() => {
          migration.up(db);
          db.pragma(`user_version = ${migration.version}`);
        })();
      }
      expect(schemaVersion(db)).toBe(latestVersion);
      expect(tableNames(db)).toEqual(expect.arrayContaining(['search_folded', 'search_exact', 'search_words', 'search_marked_words']));
      const ids = db.prepare<[], { id: number }>('SELECT id FROM articles WHERE deleted_at IS NULL ORDER BY id').all().map((row) => row.id);
      expect(ids).toEqual(expected.articles.map((article) => article.id).sort((a, b) => a - b));
      // The index and the sort keys are derived data: the migration leaves them empty and asks for them.
      expect(db.prepare('SELECT count(*) AS n FROM search_exact').get()).toEqual({ n: 0 });
      expect(db.prepare("SELECT count(*) AS n FROM articles WHERE headline <> '' AND headline_key <> x''").get()).toEqual({ n: 0 });
      expect(rebuildRequested(db, 'searchIndex')).toBe(true);
      // Migration 9 copied the bodies as JSON text (SQL cannot deflate) and asks for them to be compacted.
      expect(db.prepare("SELECT count(*) AS n FROM articles WHERE typeof(body) <> 'text'").get()).toEqual({ n: 0 });
      const columns = db.prepare<[string], { name: string }>('SELECT name FROM pragma_table_info(?)').all('articles').map((column) => column.name);
      expect(columns).toContain('body');
      expect(columns).not.toContain('body_json');
      expect(columns).not.toContain('body_text');
      expect(rebuildRequested(db, 'articleBodies')).toBe(true);
    } finally {
      db.close();
    }

    // Today's code honours the request once, after migrating: the articles are found, the request is gone.
    const library = openLibrary(dir);
    try {
      expect(rebuildRequested(library.db, 'searchIndex')).toBe(false);
      expect(rebuildRequested(library.db, 'articleBodies')).toBe(false);
      expect(library.db.prepare("SELECT count(*) AS n FROM articles WHERE typeof(body) <> 'blob'").get()).toEqual({ n: 0 });
      for (const article of expected.articles) expect(library.articles.get(article.id).body).toEqual(article.body);
      expect(library.db.prepare("SELECT count(*) AS n FROM articles WHERE headline <> '' AND headline_key = x''").get()).toEqual({ n: 0 });
      const byHeadline = library.queries.page({ sort: 'headline', trash: false, offset: 0, limit: 10 }).rows.map((row) => row.headline);
      expect(byHeadline).toEqual([...byHeadline].sort(new Intl.Collator('vi').compare));
      expect(byHeadline).toHaveLength(expected.articles.length);
      expect(library.search.search({ query: 'Ảnh hội nghị', limit: 10 }).map((hit) => hit.id)).toContain(31);
      expect(library.search.search({ query: 'Minh Khôi', limit: 10 }).map((hit) => hit.id)).toContain(21);
    } finally {
      library.close();
    }
  });
});

describe('openDatabase', () => {
  it('brings a new library to the latest version, with WAL and foreign keys on', () => {
    const dir = tempDir();
    const db = openDatabase(dir);
    try {
      expect(schemaVersion(db)).toBe(latestVersion);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(tableNames(db)).toEqual(expect.arrayContaining(['articles', 'settings']));
    } finally {
      db.close();
    }
    // Opening again is a no-op, not a second migration run.
    const again = openDatabase(dir);
    try {
      expect(schemaVersion(again)).toBe(latestVersion);
    } finally {
      again.close();
    }
  });

  it('refuses a library written by a newer version and leaves it untouched', () => {
    const dir = tempDir();
    const file = path.join(dir, databaseFileName);
    const raw = new Database(file);
    raw.pragma(`user_version = ${latestVersion + 1}`);
    raw.close();

    let thrown: unknown;
    try {
      openDatabase(dir).close();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DatabaseTooNewError);
    expect(thrown).toBeInstanceOf(NewsdeskError);
    const error = thrown as DatabaseTooNewError;
    expect(error.code).toBe('databaseTooNew');
    expect(error.params).toMatchObject({ found: latestVersion + 1, known: latestVersion });

    const after = new Database(file, { readonly: true });
    try {
      expect(schemaVersion(after)).toBe(latestVersion + 1);
      expect(tableNames(after)).toEqual([]);
    } finally {
      after.close();
    }
  });

  it('migrate itself refuses a newer database before touching it', () => {
    const db = new Database(path.join(tempDir(), 'x.sqlite'));
    try {
      db.pragma(`user_version = ${latestVersion + 5}`);
      expect(() => migrate(db)).toThrow(DatabaseTooNewError);
      expect(schemaVersion(db)).toBe(latestVersion + 5);
      expect(tableNames(db)).toEqual([]);
    } finally {
      db.close();
    }
  });
});

describe('migrate', () => {
  function rawDb(): Raw {
    return new Database(path.join(tempDir(), 'fake.sqlite'));
  }

  it('rolls back every step when a later migration throws half-way', () => {
    const fake: Migration[] = [
      { version: 1, name: 'one', up: (db) => db.exec('CREATE TABLE one (x INTEGER)') },
      {
        version: 2,
        name: 'two',
        up: (db) => {
          db.exec('CREATE TABLE two (y INTEGER)');
          throw new Error('disk full half-way through');
        },
      },
    ];
    const db = rawDb();
    try {
      expect(() => migrate(db, { migrations: fake })).toThrow('disk full half-way through');
      expect(schemaVersion(db)).toBe(0);
      expect(tableNames(db)).toEqual([]);
      // The same list without the broken step applies cleanly: nothing was left half-done.
      expect(migrate(db, { migrations: fake.slice(0, 1) })).toBe(1);
      expect(tableNames(db)).toEqual(['one']);
    } finally {
      db.close();
    }
  });

  it('keeps the data of the old version when the next migration fails', () => {
    const db = rawDb();
    try {
      migrate(db, { target: 1 });
      db.prepare(
        "INSERT INTO articles (uuid, headline, body_json, created_at, updated_at) VALUES ('u', ?, '{}', '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z')",
      ).run(seedHeadline);
      const broken: Migration[] = [
        ...migrations.slice(0, 1),
        {
          version: 2,
          name: 'broken',
          up: (inner) => {
            inner.exec('DELETE FROM articles');
            throw new Error('nope');
          },
        },
      ];
      expect(() => migrate(db, { migrations: broken })).toThrow('nope');
      expect(schemaVersion(db)).toBe(1);
      expect(db.prepare<[], { headline: string }>('SELECT headline FROM articles').all()).toEqual([{ headline: seedHeadline }]);
    } finally {
      db.close();
    }
  });

  it.each([
    ['a gap', [1, 3]],
    ['a duplicate', [1, 1]],
    ['not starting at 1', [2]],
    ['out of order', [2, 1]],
  ])('refuses a mis-numbered list (%s) without applying anything', (_label, versions) => {
    const fake: Migration[] = versions.map((version, index) => ({
      version,
      name: `m${index}`,
      up: (db) => db.exec(`CREATE TABLE m${index} (x INTEGER)`),
    }));
    const db = rawDb();
    try {
      expect(() => migrate(db, { migrations: fake })).toThrow(/expected \d/);
      expect(schemaVersion(db)).toBe(0);
      expect(tableNames(db)).toEqual([]);
    } finally {
      db.close();
    }
  });

  it('stops at the target version', () => {
    const db = rawDb();
    try {
      expect(migrate(db, { target: 1 })).toBe(1);
      expect(tableNames(db)).toEqual(['articles']);
      expect(migrate(db)).toBe(latestVersion);
      expect(tableNames(db)).toEqual([
        'article_photos', 'article_revisions', 'article_tags', 'articles', 'export_records', 'export_staging', 'photos',
        'search_exact', 'search_exact_config', 'search_exact_data', 'search_exact_docsize', 'search_exact_idx',
        'search_folded', 'search_folded_config', 'search_folded_data', 'search_folded_docsize', 'search_folded_idx',
        'search_marked_words', 'search_pending', 'search_words', 'settings', 'sqlite_sequence', 'status_changes',
        'destination_copies', 'destinations', 'outbox_items',
      ].sort());
    } finally {
      db.close();
    }
  });
});
