// Counts shown in the status bar and by `newsdesk show --json`.
// A word is a whitespace-separated token holding at least one letter or digit, so `-` and `…` standing
// alone are not words; text is counted as NFC, so a decomposed `ộ` is still one letter of one word.

const hasLetterOrDigit = /[\p{L}\p{N}]/u;
const graphemes = new Intl.Segmenter('vi', { granularity: 'grapheme' });

export function countWords(text: string): number {
  let count = 0;
  for (const token of text.normalize('NFC').split(/\s+/u)) if (hasLetterOrDigit.test(token)) count += 1;
  return count;
}

/** User-perceived characters (grapheme clusters) including spaces, not counting the breaks between blocks. */
export function countCharacters(text: string): number {
  let count = 0;
  for (const _ of graphemes.segment(text.normalize('NFC').replace(/\n+/g, ''))) count += 1;
  return count;
}

/** Minutes to read at 200 words a minute, the usual figure for news prose; at least one for any text. */
export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / 200));
}

export interface TextCounts {
  words: number;
  characters: number;
}

export function countText(text: string): TextCounts {
  return { words: countWords(text), characters: countCharacters(text) };
}
