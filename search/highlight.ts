// Where a query matched, in the article's own text (with its marks and case), and the passage worth showing.
// The index is contentless and folded, so FTS5's snippet() cannot do this; instead the text is cut with the
// same tokenizer and compared word by word with the same folding, so what is highlighted is exactly what
// matched: a word, a prefix (the typed part of the word is enough), or a whole phrase.
import type { Highlighted } from '../contract/schemas/library';
import type { QueryTerm, SearchQuery } from './buildQuery';
import { tokenize, wordForms, type Token } from './searchTokens';

interface Hit {
  start: number;
  end: number;
  /** Index of the query term that matched, to count distinct terms in a passage. */
  term: number;
}

/** Every match of the query among the words of a text, in order, overlapping matches merged. */
export function findHits(tokens: readonly Token[], query: SearchQuery): Hit[] {
  const folded = tokens.map((token) => wordForms(token.text).folded);
  const hits: Hit[] = [];
  query.terms.forEach((term, index) => {
    const first = term.words[0]!.folded;
    const firstIsPrefix = term.prefix && term.words.length === 1;
    for (let at = 0; at + term.words.length <= tokens.length; at++) {
      // The first word decides almost every position: checked inline before the whole term is.
      const token = folded[at]!;
      if (firstIsPrefix ? !token.startsWith(first) : token !== first) continue;
      if (matchesAt(folded, at, term)) hits.push({ start: tokens[at]!.start, end: tokens[at + term.words.length - 1]!.end, term: index });
    }
  });
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Hit[] = [];
  for (const hit of hits) {
    const last = merged.at(-1);
    if (last && hit.start <= last.end) last.end = Math.max(last.end, hit.end);
    else merged.push({ ...hit });
  }
  return merged;
}

function matchesAt(folded: readonly string[], at: number, term: QueryTerm): boolean {
  const lastIndex = term.words.length - 1;
  for (let offset = 1; offset <= lastIndex; offset++) {
    const token = folded[at + offset]!;
    const word = term.words[offset]!.folded;
    if (term.prefix && offset === lastIndex ? !token.startsWith(word) : token !== word) return false;
  }
  return true;
}

/** The whole text, hits marked. */
export function highlightAll(text: string, query: SearchQuery): Highlighted {
  return segments(text, 0, text.length, findHits(tokenize(text), query));
}

export interface Passage {
  highlighted: Highlighted;
  /** Distinct query terms in the passage, to choose between columns. */
  terms: number;
  hits: number;
}

const passageWords = 30;
const wordsBeforeHit = 6;

/** The `passageWords`-word window of `text` holding the most distinct terms, hits marked, `…` where cut. */
export function bestPassage(text: string, query: SearchQuery): Passage {
  const tokens = tokenize(text);
  const hits = findHits(tokens, query);
  if (tokens.length === 0) return { highlighted: [], terms: 0, hits: 0 };
  let best = { first: 0, terms: 0, hits: 0 };
  const termCounts = new Map<number, number>();
  // Hits are in text order and so are windows: the hits inside slide along with two indexes.
  let from = 0;
  let to = 0;
  for (const hit of hits) {
    // A few words of lead-in, or more when the text ends before the window would.
    const first = Math.max(0, Math.min(tokenIndexAt(tokens, hit.start) - wordsBeforeHit, tokens.length - passageWords));
    const windowStart = tokens[first]!.start;
    const end = tokens[Math.min(tokens.length, first + passageWords) - 1]!.end;
    // Merged hits do not overlap, so their ends are in order too: inside is hits[from, to).
    for (; to < hits.length && hits[to]!.end <= end; to++) if (to >= from) add(termCounts, hits[to]!.term, 1);
    for (; from < hits.length && hits[from]!.start < windowStart; from++) if (from < to) add(termCounts, hits[from]!.term, -1);
    const inside = Math.max(0, to - from);
    const terms = termCounts.size;
    if (terms > best.terms || (terms === best.terms && inside > best.hits)) best = { first, terms, hits: inside };
  }
  const last = Math.min(tokens.length, best.first + passageWords) - 1;
  const start = best.first === 0 ? 0 : tokens[best.first]!.start;
  const end = last === tokens.length - 1 ? text.length : tokens[last]!.end;
  const highlighted = segments(text, start, end, hits);
  if (start > 0) highlighted.unshift({ text: '… ', hit: false });
  if (end < text.length) highlighted.push({ text: ' …', hit: false });
  return { highlighted: joinPieces(highlighted), terms: best.terms, hits: best.hits };
}

/** The first token starting at or after `offset` (the last token when none does), by bisection. */
function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (tokens[middle]!.start >= offset) high = middle;
    else low = middle + 1;
  }
  return low === tokens.length ? tokens.length - 1 : low;
}

function add(counts: Map<number, number>, term: number, change: number): void {
  const count = (counts.get(term) ?? 0) + change;
  if (count === 0) counts.delete(term);
  else counts.set(term, count);
}

/**
 * Pieces of text[start, end) with whitespace runs (paragraph breaks included) shown as one space. Hits
 * separated only by spaces become one piece: `[Đảng Trung ương]`, not three.
 */
function segments(text: string, start: number, end: number, hits: readonly Hit[]): Highlighted {
  const out: Highlighted = [];
  const push = (from: number, to: number, hit: boolean) => {
    if (to > from) out.push({ text: text.slice(from, to).replace(/\s+/gu, ' '), hit });
  };
  let at = start;
  for (const hit of hits) {
    if (hit.end <= start || hit.start >= end) continue;
    const from = Math.max(at, hit.start);
    const previous = out.at(-1);
    if (previous?.hit && /^\s*$/u.test(text.slice(at, from))) previous.text += text.slice(at, from).replace(/\s+/gu, ' ');
    else push(at, from, false);
    push(from, Math.min(end, hit.end), true);
    at = Math.min(end, hit.end);
  }
  push(at, end, false);
  return joinPieces(out);
}

/** Adjacent pieces of the same kind become one. */
function joinPieces(pieces: Highlighted): Highlighted {
  const out: Highlighted = [];
  for (const piece of pieces) {
    const last = out.at(-1);
    if (last && last.hit === piece.hit) last.text += piece.text;
    else out.push({ ...piece });
  }
  return out;
}
