// The archive generator: deterministic from its seed, varied like a real archive, and its bulk path yields
// exactly the rows and the search index that the store's own save path yields for the same articles.
import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { archiveArticles, type ArchiveArticle } from '../../bench/archive/archiveArticles';
import { generateArchive } from '../../bench/archive/generateArchive';
import { insertArchive } from '../../bench/archive/insertArchive';
import { openLibrary } from '../../library/openLibrary';
import { unpackBody } from '../../store/articleBody';
import { readSeed } from '../helpers/seed';
import { useTempDirs } from '../helpers/tempDir';

const tempDir = useTempDirs('newsdesk-archive');

describe('archiveArticles', () => {
  it('gives the same articles for the same seed, other articles for another', () => {
    const first = [...archiveArticles(30, 11)];
    expect([...archiveArticles(30, 11)]).toEqual(first);
    const other = [...archiveArticles(30, 12)];
    expect(other.map((a) => a.headline)).not.toEqual(first.map((a) => a.headline));
    expect(new Set([...first, ...other].map((a) => a.uuid)).size).toBe(60);
  });

  it('varies like an archive: sections, places, statuses, dates, both tone styles, the seed among its sources', () => {
    const articles = [...archiveArticles(400, 42)];
    const text = (a: ArchiveArticle) => JSON.stringify(a.body);
    expect(new Set(articles.map((a) => a.headline)).size).toBeGreaterThan(380);
    expect(new Set(articles.map((a) => a.section)).size).toBeGreaterThanOrEqual(12);
    expect(new Set(articles.map((a) => a.dateline.place)).size).toBeGreaterThan(40);
    expect(new Set(articles.map((a) => a.status))).toEqual(new Set(['draft', 'ready', 'filed']));
    expect(new Set(articles.map((a) => a.dateline.date.slice(0, 4))).size).toBe(10);
    expect(articles.some((a) => /Hòa|thủy|Ủy/.test(text(a)))).toBe(true);
    expect(articles.some((a) => /Hoà|thuỷ|Uỷ/.test(text(a)))).toBe(true);
    const seedSentence = readSeed().paragraphs[0]!.split('. ')[0]!;
    expect(articles.some((a) => text(a).includes(seedSentence.slice(0, 40)))).toBe(true);
    expect(articles.some((a) => a.photos.length > 0 && a.body.content!.some((node) => node.type === 'figure'))).toBe(true);
    for (const article of articles) {
      expect(article.headline).toBe(article.headline.normalize('NFC'));
      expect(article.statusHistory.at(-1)!.status).toBe(article.status);
      expect(Date.parse(article.updated)).toBeGreaterThanOrEqual(Date.parse(article.created));
    }
    const words = articles.map((a) => text(a).split(/\s+/).length);
    expect(Math.min(...words)).toBeGreaterThan(50);
  });
});

interface DerivedRow {
  id: number;
  headline: string;
  sapo: string;
  /** The stored body, deflated: the same bytes from the same JSON. */
  body: string;
  word_count: number;
  status: string;
  section: string;
  dateline_place: string;
  dateline_date: string | null;
  credit_role: string | null;
  credit_names: string;
  key: string;
  tags: string | null;
  statuses: string | null;
}

function derived(db: Database.Database): DerivedRow[] {
  return db
    .prepare<[], DerivedRow>(`
      SELECT id, headline, sapo, hex(body) AS body, word_count, status, section, dateline_place, dateline_date, credit_role, credit_names,
        hex(headline_key) AS key,
        (SELECT group_concat(tag, '|') FROM (SELECT tag FROM article_tags WHERE article_id = articles.id ORDER BY position)) AS tags,
        (SELECT group_concat(status, '|') FROM (SELECT status FROM status_changes WHERE article_id = articles.id ORDER BY changed_at)) AS statuses
      FROM articles ORDER BY id`)
    .all();
}

/** Every (word, article, column, position) each index holds, whatever its segments look like. */
function indexContents(db: Database.Database): unknown[][] {
  db.exec(`
    CREATE VIRTUAL TABLE IF NOT EXISTS temp.folded_words USING fts5vocab(main, search_folded, instance);
    CREATE VIRTUAL TABLE IF NOT EXISTS temp.exact_words USING fts5vocab(main, search_exact, instance);`);
  return ['folded_words', 'exact_words'].map((table) => db.prepare(`SELECT term, doc, col, offset FROM temp.${table} ORDER BY term, doc, col, offset`).raw().all());
}

describe('the bulk path', () => {
  it('yields the same rows and search index as saving each article through the store', () => {
    const articles = [...archiveArticles(25, 5)];
    const bulk = openLibrary(tempDir());
    const saved = openLibrary(tempDir());
    try {
      const inserted = insertArchive(bulk.db, articles);
      expect(inserted.articles).toBe(25);
      expect(inserted.photos).toBe(articles.reduce((sum, a) => sum + a.photos.length, 0));
      // The same articles, through create + setStatus, with the bodies as the bulk path stored them (photo ids).
      const bodies = bulk.db.prepare<[], { body: Buffer }>('SELECT body FROM articles ORDER BY id').all();
      articles.forEach((article, index) => {
        const body = unpackBody(bodies[index]!.body);
        const { id } = saved.articles.create({ headline: article.headline, sapo: article.sapo, body, dateline: article.dateline, credit: article.credit, section: article.section, tags: article.tags });
        for (const change of article.statusHistory.slice(1)) saved.articles.setStatus(id, change.status);
      });

      // The store's saves leave their search rows pending; a search writes them first.
      saved.search.search({ query: 'tin', limit: 1 });
      const bulkRows = derived(bulk.db);
      expect(bulkRows).toHaveLength(25);
      expect(derived(saved.db)).toEqual(bulkRows);
      const contents = indexContents(bulk.db);
      expect(contents[0]!.length).toBeGreaterThan(5000);
      expect(indexContents(saved.db)).toEqual(contents);
      // Photo records and their links exist for every figure.
      expect(bulk.db.prepare('SELECT count(*) AS n FROM article_photos').get()).toEqual({ n: inserted.photos });
    } finally {
      bulk.close();
      saved.close();
    }
  });

  it('refuses a library that already holds articles, and finds what it generated', () => {
    const library = openLibrary(tempDir());
    try {
      const result = generateArchive(library.db, 60, 9);
      expect(result.articles).toBe(60);
      expect(result.searchableBytes).toBeGreaterThan(60 * 500);
      expect(() => generateArchive(library.db, 10, 9)).toThrow(/already holds 60 articles/);
      const first = [...archiveArticles(1, 9)][0]!;
      const hits = library.search.search({ query: first.headline, limit: 5 });
      expect(hits.map((hit) => hit.id)).toContain(1);
      expect(library.queries.page({ sort: 'headline', trash: false, offset: 0, limit: 100 }).total).toBe(60);
    } finally {
      library.close();
    }
  });
});
