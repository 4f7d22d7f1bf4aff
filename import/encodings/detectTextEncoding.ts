// Which encoding a text file is in. A byte-order mark decides (UTF-8, UTF-16 LE/BE); then valid UTF-8 is
// UTF-8; otherwise every legacy Vietnamese encoding decodes the file and the one whose words are real
// Vietnamese syllables wins, when it wins clearly. Anything else is not text we can read.
import { decodeLegacyVietnamese, legacyVietnameseEncodings, type LegacyVietnameseEncoding } from './decodeLegacyVietnamese';
import { isVietnameseSyllable } from './vietnameseSyllable';

export type TextEncoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | LegacyVietnameseEncoding;
/** In the order they are tried; errors name them. */
export const textEncodingsTried: readonly TextEncoding[] = ['UTF-8', 'UTF-16LE', 'UTF-16BE', ...legacyVietnameseEncodings];

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const strictUtf16le = new TextDecoder('utf-16le', { fatal: true });
const strictUtf16be = new TextDecoder('utf-16be', { fatal: true });

/** A candidate's score is its syllables less its other scored words. The winner must have three syllables in
 * four scored words, and lead the runner-up by half its score and by two words: short of that the file is too
 * unlike Vietnamese, or too ambiguous (Latin-1 letters read alike in several tables), to guess. */
const minimumSyllableShare = 0.75;
const minimumLead = 1.5;
const minimumMargin = 2;

/** null when no encoding reads the bytes with confidence. */
export function detectTextEncoding(bytes: Uint8Array): DecodedText | null {
  try {
    if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: strictUtf8.decode(bytes.subarray(3)), encoding: 'UTF-8' };
    if (startsWith(bytes, [0xff, 0xfe])) return { text: strictUtf16le.decode(bytes.subarray(2)), encoding: 'UTF-16LE' };
    if (startsWith(bytes, [0xfe, 0xff])) return { text: strictUtf16be.decode(bytes.subarray(2)), encoding: 'UTF-16BE' };
  } catch {
    return null;
  }
  try {
    return { text: strictUtf8.decode(bytes), encoding: 'UTF-8' };
  } catch {
    return guessLegacyVietnamese(bytes);
  }
}

function guessLegacyVietnamese(bytes: Uint8Array): DecodedText | null {
  const candidates = legacyVietnameseEncodings
    .map((encoding) => {
      const text = decodeLegacyVietnamese(bytes, encoding);
      const { syllables, scored } = syllableScore(text);
      return { encoding, text, syllables, scored, score: 2 * syllables - scored };
    })
    .sort((a, b) => b.score - a.score);
  const [best, runnerUp] = candidates;
  if (!best || best.syllables === 0 || best.syllables < best.scored * minimumSyllableShare) return null;
  if (runnerUp && (best.score < runnerUp.score * minimumLead || best.score - runnerUp.score < minimumMargin)) return null;
  return { text: best.text, encoding: best.encoding };
}

/** Words are split at spaces and ASCII punctuation, so a wrong table's stray symbols stay inside the words
 * they spoil; quotes and dashes at a word's ends are shed. Only words with a non-ASCII letter are scored. */
const wordSeparators = /[\s!-/:-@[-`{-~]+/u;
const wordEdges = /^[“”‘’«»„…–—]+|[“”‘’«»„…–—]+$/gu;

function syllableScore(text: string): { syllables: number; scored: number } {
  let syllables = 0;
  let scored = 0;
  for (const raw of text.split(wordSeparators)) {
    const word = raw.replace(wordEdges, '');
    if (!/[^\u0000-\u007f]/u.test(word)) continue;
    scored += 1;
    if (isVietnameseSyllable(word)) syllables += 1;
  }
  return { syllables, scored };
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}
