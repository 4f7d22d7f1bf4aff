// Two spellings of one Vietnamese word differ only in which vowel carries the tone: the old style writes
// `hòa`, `thủy`, `khỏe`, the new style (Bộ Giáo dục, 2018 textbooks) `hoà`, `thuỷ`, `khoẻ`. Both are in use,
// often in the same archive. normalizeTonePlacement rewrites every Vietnamese syllable with the tone on the
// new-style vowel, so the exact-mark search matches either spelling and ranks both as exact.
//
// New-style placement, for one syllable whose vowels form one run (after `qu`/`gi`, the u/i are consonants):
// 1. a vowel with its own mark (ă â ê ô ơ ư) takes the tone; in `ươ` the `ơ` (người, rượu);
// 2. otherwise a single vowel takes it; of three, the middle one (ngoài, khuỷu);
// 3. of two: the second when a consonant follows (toán, hoàng) or the pair is oa, oe, uy (hoà, khoẻ, thuỷ);
//    otherwise the first (mái, của, túi).
// Anything that is not one Vietnamese syllable with one tone (`café`, `Müller`, two tones) is left as it is.
//
// The spelling checker also writes the other style (openPairTone 'first': `hòa`, `thủy`, `khỏe`), which
// differs only for an open oa/oe/uy: there the tone goes on the first vowel.

const tones = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']); // huyền, sắc, ngã, hỏi, nặng
const vowelMarks = new Set(['\u0302', '\u0306', '\u031b']); // circumflex (â ê ô), breve (ă), horn (ơ ư)
const vowels = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
const consonants = new Set([...'bcdđfghjklmnpqrstvwxz']);
const newStylePairs = new Set(['oa', 'oe', 'uy']);
const word = /\p{L}[\p{L}\p{M}]*/gu;

interface Letter {
  base: string;
  marks: string[];
}

/** Where an open oa/oe/uy takes its tone: 'second' (`hoà`, `thuỷ`), 'first' (`hòa`, `thủy`). */
export type OpenPairTone = 'first' | 'second';

export function normalizeTonePlacement(text: string, openPairTone: OpenPairTone = 'second'): string {
  return text.normalize('NFC').replace(word, (match) => placeTone(match, openPairTone));
}

function placeTone(syllable: string, openPairTone: OpenPairTone): string {
  const letters = splitLetters(syllable.normalize('NFD'));
  if (!letters) return syllable;
  const toned = letters.filter((letter) => letter.marks.some((mark) => tones.has(mark)));
  if (toned.length !== 1) return syllable;
  const tone = toned[0]!.marks.find((mark) => tones.has(mark))!;
  const target = toneVowel(letters, openPairTone);
  if (target === undefined) return syllable;
  return letters
    .map((letter, index) => {
      const marks = letter.marks.filter((mark) => !tones.has(mark));
      if (index === target) marks.push(tone);
      return letter.base + marks.join('');
    })
    .join('')
    .normalize('NFC');
}

/** Letters with their marks, or undefined when the word holds anything but Vietnamese letters and marks. */
function splitLetters(decomposed: string): Letter[] | undefined {
  const letters: Letter[] = [];
  for (const char of decomposed) {
    if (tones.has(char) || vowelMarks.has(char)) {
      const last = letters.at(-1);
      if (!last) return undefined;
      last.marks.push(char);
      continue;
    }
    const lower = char.toLowerCase();
    if (!vowels.has(lower) && !consonants.has(lower)) return undefined;
    letters.push({ base: char, marks: [] });
  }
  return letters;
}

/** The index of the letter that carries the tone in the new style, if the word is one syllable. */
function toneVowel(letters: Letter[], openPairTone: OpenPairTone): number | undefined {
  const isVowel = (letter: Letter) => vowels.has(letter.base.toLowerCase());
  const first = letters.findIndex(isVowel);
  if (first < 0) return undefined;
  let end = first;
  while (end < letters.length && isVowel(letters[end]!)) end += 1;
  if (letters.slice(end).some(isVowel)) return undefined; // two vowel runs: not one syllable
  if (letters.some((letter) => !isVowel(letter) && letter.marks.length > 0)) return undefined; // a mark on a consonant

  let start = first;
  const lower = letters.map((letter) => letter.base.toLowerCase());
  // `qu` and `gi` (before another vowel) open the syllable as consonants: quả, giữa, già.
  if (start === 1 && lower[0] === 'q' && lower[1] === 'u' && end - start > 1) start += 1;
  else if (start === 1 && lower[0] === 'g' && lower[1] === 'i' && end - start > 1) start += 1;

  const run = Array.from({ length: end - start }, (_, offset) => start + offset);
  const marked = run.filter((index) => letters[index]!.marks.some((mark) => vowelMarks.has(mark)));
  if (marked.length > 0) return marked.at(-1);
  if (run.length === 1) return run[0];
  if (run.length === 3) return run[1];
  if (run.length !== 2) return undefined;
  const hasFinal = end < letters.length;
  const pair = lower[run[0]!]! + lower[run[1]!]!;
  if (hasFinal) return run[1];
  return newStylePairs.has(pair) && openPairTone === 'second' ? run[1] : run[0];
}
