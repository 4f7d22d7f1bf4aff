// From what a reporter typed to FTS5 MATCH expressions. The user's text never reaches MATCH as syntax: it is
// cut into words by the same tokenizer as the index, and every word is written back as a quoted FTS5 string,
// so `"unbalanced`, `AND OR`, `*`, `NEAR(`, `-`, `:`, emoji or 10 KB of pasted text are searched as text.
//
// Query rules:
// - words are ANDed, in any order; case, marks, NFC/NFD and tone placement never stop a match (folded);
// - "double quotes" make a phrase; an unclosed quote runs to the end;
// - a word that punctuation splits (`34-CT/TW`, `H'Mông`, `COVID-19`) is a phrase of its parts;
// - the last word is a prefix (`thi đu` finds `thi đua`) when the text ends right after it and it has at
//   least two letters once folded; a one-letter last word (`ở`, `đ`) is matched whole, since every article
//   holds some word starting with it;
// - words carrying marks (`đường`) are also looked up exactly, so articles that hold them as typed rank
//   first (`đường` before `dương`); the word still being typed counts as any marked word it can complete
//   to (`đườn` → đường). A query typed without marks has no such tier: every spelling ranks alike;
// - at most `maxQueryWords` words are used; text with no words at all (empty, spaces, punctuation, emoji) is
//   no query: searchArticles returns no hits, and the library shows its plain list for an empty search box.
import { tokenize, wordForms } from './searchTokens';

export const maxQueryWords = 32;
const minPrefixLength = 2;

export interface QueryWord {
  exact: string;
  folded: string;
  /** The word as typed carries a mark or a đ, so its exact form says more than its folded one. */
  marked: boolean;
}

/** One word, or a phrase of several that must appear next to each other in this order. */
export interface QueryTerm {
  words: QueryWord[];
  /** The term's last word matches as a prefix. */
  prefix: boolean;
}

/** A word typed with marks, in its exact form; the last one may still be being typed. */
export interface MarkedWord {
  exact: string;
  prefix: boolean;
}

/** Terms are joined by an explicit AND: FTS5 accepts no implicit AND before a parenthesised OR. */
export interface SearchQuery {
  terms: QueryTerm[];
  /** For search_folded: every term, folded, prefixes as FTS5 prefixes (see termExpression for the words). */
  folded: string;
  /** The words typed with marks, for search_exact (see exactExpression); empty when none carry marks. */
  marked: MarkedWord[];
}

export function buildQuery(text: string): SearchQuery | null {
  const terms = parseTerms(text.normalize('NFC'));
  if (terms.length === 0) return null;
  const marked = terms.flatMap((term) =>
    term.words.flatMap((word, index) => (word.marked ? [{ exact: word.exact, prefix: term.prefix && index === term.words.length - 1 }] : [])),
  );
  return { terms, folded: terms.map((term) => termExpression(term)).join(' AND '), marked };
}

/** The complete words a prefix can be, or undefined to let FTS5 expand it itself. */
export type PrefixWords = (prefix: string) => readonly string[] | undefined;

/**
 * For search_exact: every marked word as typed, ANDed; the one still being typed as the marked words it can
 * complete to. Null when there is no exact tier: no marked words, or a marked prefix completing to none.
 * A marked prefix whose completions are unknown (too short, too many) does not constrain the tier.
 */
export function exactExpression(query: SearchQuery, prefixWords: PrefixWords): string | null {
  const parts: string[] = [];
  for (const word of query.marked) {
    if (!word.prefix) {
      parts.push(ftsString(word.exact));
      continue;
    }
    const completions = prefixWords(word.exact);
    if (completions?.length === 0) return null;
    if (completions) parts.push(completions.length === 1 ? ftsString(completions[0]!) : `(${completions.map(ftsString).join(' OR ')})`);
  }
  return parts.length > 0 ? parts.join(' AND ') : null;
}

/**
 * One term as an FTS5 expression over the folded index: a quoted word or phrase; a prefix either as FTS5's
 * own (`"thi du"*`) or, when `prefixWords` knows them, as the phrases it can complete to
 * (`("thi dua" OR "thi duc")`). An empty list means the prefix completes to nothing: the result is null.
 */
export function termExpression(term: QueryTerm, prefixWords: PrefixWords = () => undefined): string | null {
  const words = term.words.map((word) => word.folded);
  if (!term.prefix) return ftsString(words.join(' '));
  const completions = prefixWords(words.at(-1)!);
  if (completions === undefined) return `${ftsString(words.join(' '))}*`;
  if (completions.length === 0) return null;
  const phrases = completions.map((word) => ftsString([...words.slice(0, -1), word].join(' ')));
  return phrases.length === 1 ? phrases[0]! : `(${phrases.join(' OR ')})`;
}

/** A quoted FTS5 string: nothing inside it is syntax. */
function ftsString(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

function parseTerms(text: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  let budget = maxQueryWords;
  // Every chunk (a whitespace-separated word, or a quoted phrase) is one term: several words make a phrase.
  const add = (chunk: string, chunkEnd: number) => {
    const all = tokenize(chunk);
    const tokens = all.slice(0, budget);
    if (tokens.length === 0) return;
    budget -= tokens.length;
    const words = tokens.map((token) => queryWord(token.text));
    // A prefix only while the reporter is still typing the word: nothing follows it, not even a quote.
    const typing = tokens.length === all.length && chunkEnd === text.length && tokens.at(-1)!.end === chunk.length;
    terms.push({ words, prefix: typing && [...words.at(-1)!.folded].length >= minPrefixLength });
  };

  let position = 0;
  while (position < text.length && budget > 0) {
    const quote = text.indexOf('"', position);
    const plainEnd = quote < 0 ? text.length : quote;
    for (const match of text.slice(position, plainEnd).matchAll(/\S+/gu)) {
      const chunkStart = position + match.index;
      add(match[0], chunkStart + match[0].length);
      if (budget === 0) break;
    }
    if (quote < 0) break;
    const close = text.indexOf('"', quote + 1);
    const phraseEnd = close < 0 ? text.length : close;
    add(text.slice(quote + 1, phraseEnd), phraseEnd);
    position = phraseEnd + 1;
  }
  return terms;
}

function queryWord(text: string): QueryWord {
  const { exact, folded } = wordForms(text);
  return { exact, folded, marked: exact !== folded };
}
