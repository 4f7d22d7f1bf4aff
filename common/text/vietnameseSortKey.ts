// A binary sort key that orders strings the way Intl.Collator('vi') does, so SQLite can sort 100,000
// headlines by a plain indexed BLOB column (memcmp order) instead of calling back into JavaScript.
// better-sqlite3 cannot register a collation, and Intl.Collator has no sort-key API, so the key is built
// here, the way ICU builds its own: every character yields collation elements with a primary weight (the
// letter: a < ă < â < b … d < đ …), a secondary weight (tones and other accents: none < huyền < hỏi < ngã <
// sắc < nặng) and a tertiary weight (case: lower before upper); the key is all primaries, then all
// secondaries, then all tertiaries, so a difference in letters always outweighs one in tones, which always
// outweighs one in case. The tables below were read off Intl.Collator('vi') (ICU 78, CLDR vi tailoring);
// tests/search/vietnameseSortKey.test.ts compares the key with the collator on generated headlines.
//
// Exact for: Vietnamese and basic Latin letters with any combining accents, digits, whitespace and the
// punctuation and symbols listed below. Anything else (other scripts, emoji) sorts after them by code point:
// deterministic, close to ICU's order, not identical to it.

/** Punctuation and symbols in collation order, before the digits. Characters in one string share a primary. */
const punctuation = [
  '\t', '\n', '\r', ' \u00a0', '_', '-', '\u2010\u2011', '\u2012', '–', '—', '\u2015', ',', ';', ':', '!', '¡', '?', '¿',
  '.', '·', "'‘’‚‛", '‹', '›', '"“”„‟', '«', '»', '(', ')', '[', ']', '{', '}', '§', '¶', '@', '*', '/', '\\', '&',
  '#', '%', '‰', '†', '‡', '•', '′', '`', '^', '°', '©', '®', '+', '±', '÷', '×', '<', '=', '>', '¬', '|', '¦', '~',
  '¢', '$', '£', '¥', '€',
];
/** Within a group, these differ from the group's first character at the secondary level (in this order)… */
const secondaryVariants = ['‘’‚‛', '“”„‟'];
/** …and these at the tertiary level. */
const tertiaryVariants = ['\u00a0', '\u2011'];
/** Characters that sort as several: `…` as `...`, `″` as `′′`, with a tertiary difference. */
const expansions: Record<string, string> = { '…': '...', '″': '′′' };
const letters = 'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz';
/** Vowel quality marks that make a letter of their own in Vietnamese: a+˘ = ă, o+̛ = ơ… */
const vietnameseLetters: Record<string, string> = {
  'a\u0306': 'ă', 'a\u0302': 'â', 'e\u0302': 'ê', 'o\u0302': 'ô', 'o\u031b': 'ơ', 'u\u031b': 'ư',
};
/**
 * Secondary weights of the combining accents, lowest first (code points; `=` marks equal weights).
 * Vietnamese tones come early: 300 (huyền) < 309 (hỏi) < 303 (ngã) < 301 (sắc) < 323 (nặng).
 */
const accentOrder =
  '332 313=343 314 300=340 309 303 301=341 323 306 302 30c 30a 342 308 344 30b 307 338 327 328 304 ' +
  '30d=30e=312=315=31a=33d=33e=33f=346=34a=34b=34c=350=351=352=357=35b=35d=35e ' +
  '316=317=318=319=31c=31d=31e=31f=320=329=32a=32b=32c=32f=333=33a=33b=33c=347=348=349=34d=34e=353=354=355=356=359=35a=35c=35f=362 ' +
  '336=337 335 305 30f 310 311 31b 321 322 324 325 326 32d 32e 330 331 334 339 345 358 360 361 ð 363 368 369 364 36a 365 36b 366 36c 36d 367 36e 36f';
/** Ignored entirely, as ICU does: soft hyphen, zero-width characters, the grapheme joiner, BOM. */
const ignorable = new Set(['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\u034f', '\ufeff']);

// Primary bytes. Each range has its own lead bytes, so the variable-length encoding keeps memcmp order:
// listed punctuation 0x10…, other punctuation/symbols 0x60 + code point, digits 0x70…, other digits 0x7a +
// code point, letters 0x80…, other letters 0xb0 + code point.
const otherSymbolLead = 0x60;
const otherDigitLead = 0x7a;
const otherLetterLead = 0xb0;
// Secondary and tertiary bytes: 0x80 and up are weights; below 0x80, a run of common weights (see encodeLevel).
const upper = 0x81;
const compatibility = 0x82;

const primary = new Map<string, number>();
const secondary = new Map<string, number>();
const tertiary = new Map<string, number>();

punctuation.forEach((group, index) => {
  for (const char of group) primary.set(char, 0x10 + index);
});
for (let digit = 0; digit <= 9; digit++) primary.set(String(digit), 0x70 + digit);
[...letters].forEach((letter, index) => primary.set(letter, 0x80 + index));
for (const group of secondaryVariants) [...group].forEach((char, index) => secondary.set(char, 0x81 + index));
tertiaryVariants.forEach((char) => tertiary.set(char, upper));
const firstAccentWeight = 0x81 + Math.max(...secondaryVariants.map((group) => group.length));
accentOrder.split(' ').forEach((group, index) => {
  for (const code of group.split('=')) secondary.set(code === 'ð' ? 'ð' : String.fromCodePoint(parseInt(code, 16)), firstAccentWeight + index);
});

interface Element {
  primary: number[];
  secondary: number;
  tertiary: number;
}

export function vietnameseSortKey(text: string): Uint8Array {
  const primaries: number[] = [];
  const secondaries: number[] = [];
  const tertiaries: number[] = [];
  for (const element of collationElements(text)) {
    if (element.primary.length > 0) primaries.push(...element.primary);
    secondaries.push(element.secondary);
    tertiaries.push(element.tertiary);
  }
  return Uint8Array.from([...primaries, 0, ...encodeLevel(secondaries), 0, ...encodeLevel(tertiaries)]);
}

/** Weight 1 is "common" (no accent, lower case). */
const common = 1;

function* collationElements(text: string): Generator<Element> {
  const chars = [...text.normalize('NFD')];
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    if (ignorable.has(char)) continue;
    const lower = char.toLowerCase();
    const isUpper = lower !== char;
    if (/\p{M}/u.test(char)) {
      yield { primary: [], secondary: secondary.get(char) ?? firstAccentWeight, tertiary: common };
      continue;
    }
    const expansion = expansions[char];
    if (expansion) {
      for (const part of expansion) yield { primary: [primary.get(part)!], secondary: common, tertiary: compatibility };
      continue;
    }
    if (lower === 'ð') {
      yield { primary: [primary.get('d')!], secondary: common, tertiary: isUpper ? upper : common };
      yield { primary: [], secondary: secondary.get('ð')!, tertiary: common };
      continue;
    }
    let letter = lower;
    // A Vietnamese vowel mark among the accents that follow (ặ is a + dot below + breve in NFD), unless an
    // accent of the same combining class stands between: then, as in ICU, it is blocked (á + ̂ is not ấ).
    for (let j = i + 1; j < chars.length && /\p{M}/u.test(chars[j]!); j++) {
      const combined = vietnameseLetters[lower + chars[j]!];
      if (combined && chars.slice(i + 1, j).every((mark) => !blocks(mark, chars[j]!))) {
        letter = combined;
        chars.splice(j, 1);
        break;
      }
    }
    const weight = primary.get(letter);
    yield {
      primary: weight !== undefined ? [weight] : otherPrimary(char),
      secondary: secondary.get(char) ?? common,
      tertiary: isUpper ? upper : (tertiary.get(char) ?? common),
    };
  }
}

/** In NFD, `mark` (before `vowelMark`) blocks it when their canonical combining classes are equal. */
function blocks(mark: string, vowelMark: string): boolean {
  // Canonical ordering moves a mark of lower class in front: if it does not move, its class is not lower.
  const pair = `a${vowelMark}${mark}`;
  return pair.normalize('NFD') === pair;
}

function otherPrimary(char: string): number[] {
  const code = char.codePointAt(0)!;
  const lead = /\p{L}/u.test(char) ? otherLetterLead : /\p{N}/u.test(char) ? otherDigitLead : otherSymbolLead;
  return [lead, (code >> 16) & 0xff, (code >> 8) & 0xff, code & 0xff];
}

/**
 * Secondary and tertiary weights are mostly "common", so, like ICU, runs of common weights are compressed:
 * a run of n commons before a weight w becomes the byte 0x80 - n then w (always ≥ 0x80), which keeps memcmp
 * order (a longer run of the lowest weight sorts lower), and trailing commons are dropped.
 */
function encodeLevel(weights: readonly number[]): number[] {
  let end = weights.length;
  while (end > 0 && weights[end - 1] === common) end -= 1;
  const out: number[] = [];
  let run = 0;
  for (let i = 0; i < end; i++) {
    const weight = weights[i]!;
    if (weight === common) {
      run += 1;
      continue;
    }
    while (run > 126) {
      out.push(0x01);
      run -= 127;
    }
    out.push(0x80 - run, weight);
    run = 0;
  }
  return out;
}
