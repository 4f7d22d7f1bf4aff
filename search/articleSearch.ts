// Full-text search over the live library: bm25 on the folded index (headline weighted above sapo, tags,
// captions, credits and body), articles holding the query's marked words as typed first, snippets cut from
// the articles' own text.
//
// FTS5's bm25 has two costs: per query, it counts the articles holding each phrase (to weigh rare words
// above common ones), and per ranked article, it reads every position of every phrase. On a 100,000-article
// archive a query of common words would spend tens of milliseconds on both. So ranking is bounded:
// - the candidates are the newest `newestMatches` articles matching the whole query (FTS5 reads newest
//   first and stops there): for any specific query that is every match; for a very broad one, the newest;
// - bm25 then ranks the candidates by the query's words taken one by one, phrases included, leaving out
//   words found in more than `commonShare` of recent articles: bm25 gives those almost no weight (none at
//   all above half the archive), yet counting them costs the most. When every word is that common, the
//   rarest one ranks. The phrases themselves already chose the candidates.
import type { Database, Statement } from 'better-sqlite3';
import { documentFigures, documentToPlainText } from '../common/text/documentText';
import type { ArticleStatus } from '../contract/schemas/article';
import type { DocNode } from '../contract/schemas/document';
import type { Highlighted, LibraryFilters, SearchHit } from '../contract/schemas/library';
import { buildQuery, exactExpression, termExpression, type SearchQuery } from './buildQuery';
import { bestPassage, highlightAll, type Passage } from './highlight';
import { unpackBody, type StoredBody } from '../store/articleBody';
import { orderedTagsJson } from '../store/articleRows';
import { StatementCache } from '../store/statementCache';
import { filterSql } from './libraryFilters';

const newestMatches = 300;
const commonShare = 0.1;
/** At most this many words rank; each costs bm25 time on every candidate. */
const maxRankingWords = 4;
/** How many of a word's newest matches to look at to tell how common it is. */
const densitySample = 64;
/** A prefix completing to more words than this is left to FTS5's prefix index or scan. */
const maxPrefixWords = 64;
/** bm25 weights, in search_folded's column order: headline, sapo, body, captions, credits, tags. */
const columnWeights = [10, 4, 1, 2, 2, 5];

export interface SearchOptions {
  query: string;
  limit: number;
  filters?: LibraryFilters;
}

interface Ranked {
  id: number;
  rank: number;
  exact: boolean;
}

interface HitRow {
  id: number;
  headline: string;
  sapo: string;
  credit_names: string;
  tags: string;
  status: ArticleStatus;
  section: string;
  dateline_date: string | null;
  updated_at: string;
}

/** The parts of a search, in order, for a bench to tell where the time goes. */
export const searchPhases = ['planning', 'candidates', 'bm25', 'exactMarks', 'rows', 'snippets'] as const;
export type SearchPhase = (typeof searchPhases)[number];
/** Called as each phase ends ('start' before the first), so the caller measures with its own clock. */
export type PhaseClock = (phase: SearchPhase | 'start') => void;

export class ArticleSearch {
  private readonly statements: StatementCache;
  /** Set by a bench to tell where the time goes; nobody else pays more than a null check. */
  phaseClock: PhaseClock | null = null;

  constructor(
    db: Database,
    /** The index whose pending rows (saves since) are written before each search, so it sees them all. */
    private readonly index?: { flush(): void },
  ) {
    this.statements = new StatementCache(db);
  }

  private lap(phase: SearchPhase): void {
    this.phaseClock?.(phase);
  }

  search({ query: text, limit, filters = {} }: SearchOptions): SearchHit[] {
    this.index?.flush();
    this.phaseClock?.('start');
    const query = buildQuery(text);
    if (!query) return [];
    const prefixWords = (prefix: string) => this.prefixWords('search_words', prefix);
    const phrases = query.terms.map((term) => termExpression(term, prefixWords));
    // Each word alone, for ranking: a phrase's words, and the word being typed as what it can complete to.
    const words = query.terms.flatMap((term) => term.words.map((word, index) => termExpression({ words: [word], prefix: term.prefix && index === term.words.length - 1 }, prefixWords)));
    if (phrases.some((phrase) => phrase === null)) return []; // a prefix no indexed word starts with
    const ranked = this.rank(query, phrases as string[], [...new Set(words as string[])], filters).slice(0, limit);
    if (ranked.length === 0) return [];
    const rows = new Map(
      (
        this.statement(
          `SELECT id, headline, sapo, credit_names, status, section, dateline_date, updated_at, ${orderedTagsJson} AS tags
           FROM articles WHERE id IN (SELECT value FROM json_each(?))`,
        ).all(JSON.stringify(ranked.map((hit) => hit.id))) as HitRow[]
      ).map((row) => [row.id, row]),
    );
    this.lap('rows');
    // The body (its text, its figures' captions and credits) only when a snippet has to look there: the sapo
    // often holds every term, and a body is most of an article's bytes.
    const hits = ranked.flatMap((hit) => {
      const row = rows.get(hit.id);
      return row ? [toHit(row, hit, query, this.lazyBody(row.id))] : [];
    });
    this.lap('snippets');
    return hits;
  }

  /** Candidates ranked: exact marks first, then bm25 (FTS5's is negative, lower is better). */
  private rank(query: SearchQuery, phrases: string[], words: string[], filters: LibraryFilters): Ranked[] {
    const ranking = words.length > 0 ? this.rankingWords(words) : words;
    this.lap('planning');
    const candidates = this.newest(phrases.join(' AND '), filters, newestMatches);
    this.lap('candidates');
    if (candidates.length === 0) return [];
    // FTS5 stops reading early only at a LIMIT (a rowid bound still reads the whole doclist), so both reads
    // go newest first with a LIMIT that reaches just past the oldest candidate. Every candidate matches the
    // ranking words, so the first read ends exactly there. `+rowid` keeps the candidate list a filter:
    // driving FTS5 row by row from it would recount every word for each row.
    const scores = this.statement(
      `SELECT rowid AS id, bm25(search_folded, ${columnWeights.join(', ')}) AS rank FROM search_folded
       WHERE search_folded MATCH @ranking AND +rowid IN (SELECT value FROM json_each(@candidates))
       ORDER BY rowid DESC LIMIT @count`,
    ).all({ ranking: ranking.join(' OR '), candidates: JSON.stringify(candidates), count: candidates.length }) as { id: number; rank: number }[];
    this.lap('bm25');
    // At most one exact match per id from the newest candidate down to the oldest: that many newest exact
    // matches include all those among the candidates.
    const exactWords = exactExpression(query, (prefix) => this.prefixWords('search_marked_words', prefix));
    const exact = exactWords
      ? new Set(
          this.statement('SELECT rowid FROM search_exact WHERE search_exact MATCH @exact ORDER BY rowid DESC LIMIT @span')
            .pluck()
            .all({ exact: exactWords, span: candidates[0]! - candidates.at(-1)! + 1 }) as number[],
        )
      : new Set<number>();
    this.lap('exactMarks');
    return scores
      .map((score) => ({ ...score, exact: exact.has(score.id) }))
      .sort((a, b) => Number(b.exact) - Number(a.exact) || a.rank - b.rank || b.id - a.id);
  }

  /** The ids of the newest `count` live articles matching `expression` (and the filters). */
  private newest(expression: string, filters: LibraryFilters, count: number): number[] {
    const { conditions, params } = filterSql(filters, false);
    // The trash is never indexed, so articles are joined only for filters; FTS5 drives (CROSS JOIN).
    const filtered = conditions.length > 1;
    const sql = filtered
      ? `SELECT search_folded.rowid FROM search_folded CROSS JOIN articles ON articles.id = search_folded.rowid
         WHERE search_folded MATCH @expression AND ${conditions.join(' AND ')} ORDER BY search_folded.rowid DESC LIMIT ${count}`
      : `SELECT rowid FROM search_folded WHERE search_folded MATCH @expression ORDER BY rowid DESC LIMIT ${count}`;
    return this.statement(sql).pluck().all({ ...(filtered ? params : {}), expression }) as number[];
  }

  /** The words bm25 ranks by: the rarest few that are not very common; the rarest one when all are. */
  private rankingWords(words: string[]): string[] {
    if (words.length === 1) return words;
    const latest = (this.statement('SELECT max(id) FROM articles').pluck().get() as number | null) ?? 0;
    const sample = this.statement(`SELECT rowid FROM search_folded WHERE search_folded MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ${densitySample - 1}`).pluck();
    // How common: the span of ids holding a word's newest matches, from FTS5 reading newest first.
    const shares = words
      .map((word) => {
        const oldest = sample.get(word) as number | undefined;
        return { word, share: oldest === undefined ? 0 : densitySample / (latest - oldest + 1) };
      })
      .sort((a, b) => a.share - b.share);
    const rare = shares.filter((entry) => entry.share < commonShare).slice(0, maxRankingWords);
    return (rare.length > 0 ? rare : shares.slice(0, 1)).map((entry) => entry.word);
  }

  /** From three letters on, the indexed words a prefix can be (see migration 0005). */
  private prefixWords(table: 'search_words' | 'search_marked_words', prefix: string): readonly string[] | undefined {
    if ([...prefix].length < 3) return undefined;
    // The prefix is letters, digits and marks only, so nothing in it is a GLOB wildcard.
    const words = this.statement(`SELECT word FROM ${table} WHERE word GLOB ? LIMIT ${maxPrefixWords + 1}`).pluck().all(`${prefix}*`) as string[];
    return words.length > maxPrefixWords ? undefined : words;
  }

  private lazyBody(id: number): LazyBody {
    let body: DocNode | undefined;
    let text: string | undefined;
    const json = () => (body ??= unpackBody(this.statement('SELECT body FROM articles WHERE id = ?').pluck().get(id) as StoredBody));
    return { json, text: () => (text ??= documentToPlainText(json())) };
  }

  private statement(sql: string): Statement {
    return this.statements.get(sql);
  }
}

interface LazyBody {
  text: () => string;
  json: () => DocNode;
}

function toHit(row: HitRow, ranked: Ranked, query: SearchQuery, body: LazyBody): SearchHit {
  return {
    id: row.id,
    headline: row.headline,
    headlineHighlighted: highlightAll(row.headline, query),
    snippet: snippet(row, query, body),
    score: -ranked.rank,
    exact: ranked.exact,
    status: row.status,
    section: row.section,
    datelineDate: row.dateline_date,
    updated: row.updated_at,
  };
}

/** The best passage among sapo, body, captions, credits and tags; the opening words when only the headline matched. */
function snippet(row: HitRow, query: SearchQuery, body: LazyBody): Highlighted {
  let figures: ReturnType<typeof documentFigures> | undefined;
  let text: string | undefined;
  const bodyText = () => (text ??= body.text());
  const bodyFigures = () => (figures ??= documentFigures(body.json()));
  const candidates: (() => string)[] = [
    () => row.sapo,
    bodyText,
    () => bodyFigures().map((figure) => figure.caption).filter(Boolean).join(' · '),
    () => [row.credit_names, ...bodyFigures().map((figure) => figure.credit)].filter(Boolean).join(' · '),
    () => (JSON.parse(row.tags) as string[]).join(' · '),
  ];
  let best: Passage | undefined;
  for (const [index, text] of candidates.entries()) {
    // Captions, credits and tags only when neither sapo nor body matched: they need the body read and parsed.
    if (index === 2 && best && best.terms > 0) break;
    const passage = bestPassage(text(), query);
    if (!best || passage.terms > best.terms || (passage.terms === best.terms && passage.hits > best.hits)) best = passage;
    if (best.terms === query.terms.length) break; // every term in one passage: nothing further can beat it
  }
  if (best && best.terms > 0) return best.highlighted;
  return bestPassage(row.sapo || bodyText(), query).highlighted;
}
