// Splits a block's text into the words the dictionary is asked about, and leaves out what is not prose:
// numbers, Roman numerals (`XIII`), abbreviations and codes (`UBND`, `05-CT/TW`, `TP.HCM`), URLs and e-mail
// addresses. Words joined by a hyphen or a slash without spaces (`Ê-đê`, `Nội.Sáng`) are checked one by one.

export interface WordToken {
  text: string;
  offset: number;
  end: number;
}

export interface Tokens {
  words: WordToken[];
  /** Spans that are not prose (URLs, e-mails, codes, numbers): the style rules leave them alone. */
  skipped: Array<{ offset: number; end: number }>;
}

const chunkPattern = /\S+/gu;
const edgePunctuation = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;
const urlPattern = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S+$|^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|net|org|vn|gov|edu|info|io|int)(?:\.[a-z]{2})?(?:[/?#]\S*)?$/iu;
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;
const romanNumeral = /^(?=[MDCLXVI])M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})$/u;
const partSeparators = /[./\-–_:,;&+]/u;
const wordPart = /[\p{L}\p{M}\p{N}]+/gu;

export function tokenize(text: string): Tokens {
  const words: WordToken[] = [];
  const skipped: Tokens['skipped'] = [];
  for (const chunk of text.matchAll(chunkPattern)) {
    const raw = chunk[0];
    const leading = raw.length - raw.replace(/^[\p{P}\p{S}]+/u, '').length;
    const core = raw.replace(edgePunctuation, '');
    if (core === '') continue;
    const start = chunk.index + leading;
    if (urlPattern.test(core) || emailPattern.test(core)) {
      skipped.push({ offset: chunk.index, end: chunk.index + raw.length });
      continue;
    }
    const parts = [...core.matchAll(wordPart)];
    if (partSeparators.test(core) && parts.some((part) => isCodePart(part[0]))) {
      skipped.push({ offset: start, end: start + core.length });
      continue;
    }
    for (const part of parts) {
      const word = part[0];
      const offset = start + part.index;
      if (isCodePart(word) || romanNumeral.test(word)) {
        skipped.push({ offset, end: offset + word.length });
        continue;
      }
      words.push({ text: word, offset, end: offset + word.length });
    }
  }
  return { words, skipped };
}

/** Numbers, abbreviations (two or more capitals, none lower case: UBND, HĐND, CT) and camel-case codes. */
function isCodePart(part: string): boolean {
  if (/^\p{N}+$/u.test(part)) return true;
  if (/^\p{N}/u.test(part)) return true; // 3G, 5km: a number with its unit
  const letters = part.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && letters === letters.toUpperCase()) return true;
  return /\p{Ll}\p{Lu}/u.test(part); // iPhone, TPHcm
}
