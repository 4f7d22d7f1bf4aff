// A language's word list, as the checker asks it: is this a word, and what might have been meant. The
// dictionaries arrive as hunspell text (aff + dic), however the caller read them (Node: from node_modules;
// the browser: fetched assets), so this file runs in a Web Worker as well as in Node.
//
// Vietnamese: dictionary-vi is a list of 6,633 syllables written in one tone style (`hoà`, `uỷ`), with no
// affixes, so each syllable is kept once, lower case, its tone moved to the dictionary's placement; a word is
// looked up the same way, so either tone style spells. Suggestions, best first: the word with a doubled
// letter undone (`Đảnng` → `Đảng`), the syllables that differ only in marks (`ngừoi` → `người`), a split
// into two syllables (`tổchức` → `tổ chức`), then the nearest syllables by edit distance over the decomposed
// letters (`chíng` → `chính`). hunspell's own suggester is not used for Vietnamese: on a word with no near
// neighbour (a foreign name) it takes over a second, and a worker that stalls is a checker that lags.
import nspell from 'nspell';
import { foldVietnamese } from '../common/text/foldVietnamese';
import { normalizeTonePlacement } from '../common/text/tonePlacement';
import type { Language } from '../common/i18n/languages';

export interface DictionaryText {
  aff: string;
  dic: string;
}

export interface Lexicon {
  readonly language: Language;
  isWord(word: string): boolean;
  /** isWord for a word already in key form (Vietnamese: vietnameseKey; English: NFC, lower case), read once by the caller. */
  hasKey(key: string): boolean;
  /** Best first, at most `limit`. */
  suggest(word: string, limit?: number): string[];
}

export function dictionaryWords(dic: string): string[] {
  const lines = dic.split(/\r?\n/);
  // The first line of a .dic is the entry count; an entry may carry /FLAGS.
  return lines.slice(1).map((line) => line.split('/')[0]!.trim()).filter((word) => word !== '');
}

export function vietnameseKey(word: string): string {
  return normalizeTonePlacement(word.normalize('NFC').toLowerCase(), 'second');
}

export function vietnameseLexicon(text: DictionaryText): Lexicon {
  const syllables = new Set<string>();
  const byFolded = new Map<string, string[]>();
  for (const word of dictionaryWords(text.dic)) {
    const key = vietnameseKey(word);
    if (syllables.has(key)) continue;
    syllables.add(key);
    const folded = foldVietnamese(key);
    byFolded.set(folded, [...(byFolded.get(folded) ?? []), key]);
  }
  const decomposed = [...syllables].map((syllable) => ({ syllable, letters: codePoints(syllable.normalize('NFD')) }));
  return {
    language: 'vi',
    isWord: (word) => syllables.has(vietnameseKey(word)),
    hasKey: (key) => syllables.has(key),
    suggest(word, limit = 5) {
      const key = vietnameseKey(word);
      const candidates = undoubled(key).filter((candidate) => syllables.has(candidate));
      const sameLetters = (byFolded.get(foldVietnamese(key)) ?? []).filter((candidate) => candidate !== key);
      candidates.push(...sameLetters.sort((a, b) => markDistance(key, a) - markDistance(key, b)));
      for (let cut = 1; cut < key.length; cut += 1) {
        const [head, tail] = [key.slice(0, cut), key.slice(cut)];
        if (head.length > 1 && tail.length > 1 && syllables.has(head) && syllables.has(tail)) candidates.push(`${head} ${tail}`);
      }
      if (candidates.length < limit) candidates.push(...nearest(key, decomposed, limit));
      return unique(candidates).slice(0, limit);
    },
  };
}

/** The word with one letter of a doubled pair dropped: `thii` → `thi`, `hộii` → `hội`. */
function undoubled(word: string): string[] {
  const letters = [...word];
  const results: string[] = [];
  for (let index = 1; index < letters.length; index += 1) {
    if (letters[index] === letters[index - 1]) results.push([...letters.slice(0, index), ...letters.slice(index + 1)].join(''));
  }
  return results;
}

/** Syllables within two edits of the word (decomposed, so a mark is one edit), nearest first. */
function nearest(word: string, decomposed: Array<{ syllable: string; letters: Int32Array }>, limit: number): string[] {
  const letters = codePoints(word.normalize('NFD'));
  const scored: Array<{ syllable: string; score: number }> = [];
  for (const candidate of decomposed) {
    if (Math.abs(candidate.letters.length - letters.length) > 2) continue;
    const distance = editDistance(letters, candidate.letters, 2);
    if (distance > 2) continue;
    // Ties: the same length, then the longer shared beginning (`chíng` → `chính` before `chúng`).
    const score = distance * 100 + Math.abs(candidate.letters.length - letters.length) * 10 - sharedPrefix(letters, candidate.letters);
    scored.push({ syllable: candidate.syllable, score });
  }
  return scored
    .sort((a, b) => a.score - b.score)
    .slice(0, limit)
    .map((entry) => entry.syllable);
}

function sharedPrefix(a: Int32Array, b: Int32Array): number {
  let index = 0;
  while (index < a.length && index < b.length && a[index] === b[index]) index += 1;
  return index;
}

export function englishLexicon(text: DictionaryText): Lexicon {
  const speller = nspell(text.aff, text.dic);
  return {
    language: 'en',
    isWord: (word) => speller.correct(word) || speller.correct(word.toLowerCase()),
    hasKey: (key) => speller.correct(key),
    // hunspell takes seconds over a word with no English neighbour, such as a Vietnamese name: not asked.
    suggest: (word, limit = 5) => (/^[a-zA-Z'’-]+$/.test(word) ? speller.suggest(word).slice(0, limit) : []),
  };
}

/** Edit distance between the decomposed forms, plus a changed tone or a lost vowel mark: `ngừoi` → `người` first. */
function markDistance(a: string, b: string): number {
  const lostMarks = [...new Set(a.normalize('NFD').match(/[\u0302\u0306\u031b]/gu) ?? [])].filter((mark) => !b.normalize('NFD').includes(mark));
  return editDistance(codePoints(a.normalize('NFD')), codePoints(b.normalize('NFD'))) + (toneOf(a) === toneOf(b) ? 0 : 2) + lostMarks.length;
}

function toneOf(word: string): string {
  return word.normalize('NFD').match(/[\u0300\u0301\u0303\u0309\u0323]/u)?.[0] ?? '';
}

/** The text's code points: letters and marks compared as numbers, the way the distance below reads them. */
function codePoints(text: string): Int32Array {
  return Int32Array.from(text, (char) => char.codePointAt(0)!);
}

// The distance's two rows, kept between calls: a suggestion measures the word against all 6,633 syllables.
let previousRow = new Int32Array(16);
let currentRow = new Int32Array(16);

/** Levenshtein distance; stops early once every path is above `cutoff` (and returns more than it). */
function editDistance(left: Int32Array, right: Int32Array, cutoff = Infinity): number {
  const width = right.length + 1;
  if (previousRow.length < width) [previousRow, currentRow] = [new Int32Array(width * 2), new Int32Array(width * 2)];
  let previous = previousRow;
  let current = currentRow;
  for (let j = 0; j < width; j += 1) previous[j] = j;
  for (let i = 0; i < left.length; i += 1) {
    const char = left[i];
    current[0] = i + 1;
    let rowMin = i + 1;
    for (let j = 0; j < right.length; j += 1) {
      const value = Math.min(previous[j + 1]! + 1, current[j]! + 1, previous[j]! + (char === right[j] ? 0 : 1));
      current[j + 1] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > cutoff) return rowMin;
    [previous, current] = [current, previous];
  }
  return previous[right.length]!;
}

function unique(words: string[]): string[] {
  return [...new Set(words)];
}
