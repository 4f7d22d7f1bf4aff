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

/** One whitespace-free chunk's words and skipped spans, offsets from the chunk's start. */
interface ChunkParts {
  words: Array<{ text: string; start: number; end: number }>;
  skipped: Array<{ start: number; end: number }>;
}

/** Chunks repeat (`của`, `và`, `các`…): a cache passed here keeps each one's reading; the caller owns and bounds it. */
export type ChunkCache = Map<string, ChunkParts>;

export function tokenize(text: string, cache?: ChunkCache): Tokens {
  const words: WordToken[] = [];
  const skipped: Tokens['skipped'] = [];
  for (const chunk of text.matchAll(chunkPattern)) {
    const raw = chunk[0];
    let parts = cache?.get(raw);
    if (!parts) {
      parts = readChunk(raw);
      cache?.set(raw, parts);
    }
    for (const word of parts.words) words.push({ text: word.text, offset: chunk.index + word.start, end: chunk.index + word.end });
    for (const span of parts.skipped) skipped.push({ offset: chunk.index + span.start, end: chunk.index + span.end });
  }
  return { words, skipped };
}

function readChunk(raw: string): ChunkParts {
  const parts: ChunkParts = { words: [], skipped: [] };
  const leading = raw.length - raw.replace(/^[\p{P}\p{S}]+/u, '').length;
  const core = raw.replace(edgePunctuation, '');
  if (core === '') return parts;
  if (urlPattern.test(core) || emailPattern.test(core)) {
    parts.skipped.push({ start: 0, end: raw.length });
    return parts;
  }
  const pieces = [...core.matchAll(wordPart)];
  if (partSeparators.test(core) && pieces.some((piece) => isCodePart(piece[0]))) {
    parts.skipped.push({ start: leading, end: leading + core.length });
    return parts;
  }
  for (const piece of pieces) {
    const word = piece[0];
    const start = leading + piece.index;
    if (isCodePart(word) || romanNumeral.test(word)) parts.skipped.push({ start, end: start + word.length });
    else parts.words.push({ text: word, start, end: start + word.length });
  }
  return parts;
}

/** Numbers, abbreviations (two or more capitals, none lower case: UBND, HĐND, CT) and camel-case codes. */
function isCodePart(part: string): boolean {
  if (/^\p{N}+$/u.test(part)) return true;
  if (/^\p{N}/u.test(part)) return true; // 3G, 5km: a number with its unit
  const letters = part.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && letters === letters.toUpperCase()) return true;
  return /\p{Ll}\p{Lu}/u.test(part); // iPhone, TPHcm
}
