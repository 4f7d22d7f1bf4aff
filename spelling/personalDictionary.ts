// The personal dictionary: words a reporter told the checker to accept (names, loanwords), kept NFC, once
// each, sorted the Vietnamese way. Stored by the library as one setting; parsed here so every face agrees.
import { vietnameseSortKey } from '../common/text/vietnameseSortKey';

export const personalDictionarySetting = 'spelling.personalWords';
export const maxWordLength = 64;

/** A word is letters, marks, digits, and inner hyphens or apostrophes: `Ê-đê`, `O'Neill`, `COVID-19`. */
export function isDictionaryWord(word: string): boolean {
  return word.length <= maxWordLength && /^[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{M}\p{N}]+)*$/u.test(word);
}

export function parsePersonalWords(stored: string | undefined): string[] {
  if (!stored) return [];
  try {
    const value: unknown = JSON.parse(stored);
    return Array.isArray(value) ? sortWords(value.filter((word): word is string => typeof word === 'string' && isDictionaryWord(word.normalize('NFC')))) : [];
  } catch {
    return [];
  }
}

export function withWord(words: readonly string[], word: string): string[] {
  return sortWords([...words, word]);
}

export function withoutWord(words: readonly string[], word: string): string[] {
  const nfc = word.normalize('NFC');
  return words.filter((existing) => existing !== nfc);
}

function sortWords(words: readonly string[]): string[] {
  const unique = [...new Set(words.map((word) => word.normalize('NFC')))];
  const keys = new Map(unique.map((word) => [word, vietnameseSortKey(word)]));
  return unique.sort((a, b) => compareBytes(keys.get(a)!, keys.get(b)!) || (a < b ? -1 : a > b ? 1 : 0));
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  for (let index = 0; index < Math.min(a.length, b.length); index += 1) if (a[index] !== b[index]) return a[index]! - b[index]!;
  return a.length - b.length;
}
