// Words as search sees them, the same for the index, the query and the highlighter: a run of letters, digits
// and combining marks that starts with a letter or digit. Punctuation, symbols and emoji separate words and
// are never searched. `34-CT/TW` is three words; the query side keeps them together as a phrase.
//
// Each word has two forms:
// - exact: NFC, lower case, tone on the new-style vowel (`Hòa` → `hoà`), so marks count but case, NFC/NFD
//   and old/new tone placement do not;
// - folded: the exact form without any diacritic and with `đ` → `d` (`hoà` → `hoa`).
import { foldVietnamese } from '../common/text/foldVietnamese';
import { normalizeTonePlacement } from '../common/text/tonePlacement';

export interface Token {
  /** The word as written in the (NFC) text. */
  text: string;
  /** UTF-16 offsets into that text. */
  start: number;
  end: number;
}

/** Words of an NFC text, with their offsets. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let start = -1;
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    const kind = charKind(code);
    if (start < 0) {
      if (kind === starts) start = i;
    } else if (kind === separates) {
      tokens.push({ text: text.slice(start, i), start, end: i });
      start = -1;
    }
    i += width;
  }
  if (start >= 0) tokens.push({ text: text.slice(start), start, end: text.length });
  return tokens;
}

// A hand-written scanner: a Unicode-property regex over every article shown in the results cost more than
// the rest of a search. ASCII is decided by range, anything else once per character by the same properties.
const separates = 0;
const starts = 1; // a letter or digit: starts or continues a word
const continues = 2; // a combining mark: only continues one
/** Kind + 1 for each BMP character once seen (0: not yet); astral characters are rare, decided each time. */
const bmpKinds = new Uint8Array(0x10000);

function charKind(code: number): number {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) ? starts : separates;
  if (code > 0xffff) return classify(code);
  const known = bmpKinds[code]!;
  if (known > 0) return known - 1;
  const kind = classify(code);
  bmpKinds[code] = kind + 1;
  return kind;
}

function classify(code: number): number {
  const char = String.fromCodePoint(code);
  return /[\p{L}\p{N}]/u.test(char) ? starts : /\p{M}/u.test(char) ? continues : separates;
}

export function exactForm(word: string): string {
  return normalizeTonePlacement(word.normalize('NFC').toLowerCase());
}

export function foldedForm(word: string): string {
  return foldVietnamese(word);
}

export interface WordForms {
  exact: string;
  folded: string;
}

// Vietnamese has a few thousand syllables, so an archive repeats the same words endlessly: remembering their
// forms makes indexing a Map lookup per word. Bounded, so a flood of distinct numbers cannot grow it forever.
const formsCache = new Map<string, WordForms>();
const formsCacheLimit = 100_000;

export function wordForms(word: string): WordForms {
  let forms = formsCache.get(word);
  if (!forms) {
    const exact = exactForm(word);
    forms = { exact, folded: foldedForm(exact) };
    if (formsCache.size >= formsCacheLimit) formsCache.clear();
    formsCache.set(word, forms);
  }
  return forms;
}

/** What FTS5 is given for one text: its words in both forms, space-separated, in order. */
export function indexedText(text: string): WordForms {
  return indexedTexts([text]).texts[0]!;
}

export interface IndexedTexts {
  texts: WordForms[];
  /** Every distinct folded word of all the texts. */
  foldedWords: Set<string>;
  /** Every distinct exact word that carries marks (differs from its folded form). */
  markedWords: Set<string>;
}

export function indexedTexts(texts: readonly string[]): IndexedTexts {
  const foldedWords = new Set<string>();
  const markedWords = new Set<string>();
  const indexed = texts.map((text) => {
    const exact: string[] = [];
    const folded: string[] = [];
    for (const token of tokenize(text.normalize('NFC'))) {
      const forms = wordForms(token.text);
      exact.push(forms.exact);
      folded.push(forms.folded);
      foldedWords.add(forms.folded);
      if (forms.exact !== forms.folded) markedWords.add(forms.exact);
    }
    return { exact: exact.join(' '), folded: folded.join(' ') };
  });
  return { texts: indexed, foldedWords, markedWords };
}
