// Folding: the form a word takes when a reporter types it without diacritics. `Đảng` → `dang`, `ương` →
// `uong`, `Hoà`/`HÒA` → `hoa`. Search indexes a folded copy of every text and folds every query, so marks,
// tone placement, case and NFC/NFD never decide whether a word is found.
//
// Rules, in order:
// 1. lower-case (locale-free, so the result never depends on the machine);
// 2. decompose (NFD) and drop the Latin combining diacritics (U+0300–036F and the extended blocks): tones
//    and vowel marks alike, so a letter with two marks such as `ộ` folds to `o`, and foreign names
//    (`Müller`, `São Paulo`) fold too. Marks of other scripts (Devanagari, Thai…) are kept: they are letters
//    there, not accents;
// 3. `đ` → `d`. It is a letter of its own (U+0111), not `d` with a mark, so step 2 never touches it. The
//    Icelandic `ð` (U+00F0), which old Vietnamese encodings often put where `đ` belongs, folds to `d` too;
// 4. recompose (NFC) whatever is left.

const latinCombiningMarks = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/gu;
const dLetters = /[đð]/gu;

export function foldVietnamese(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(latinCombiningMarks, '').replace(dLetters, 'd').normalize('NFC');
}

/** True when folding changes the word beyond case: it carries a mark or a `đ`. */
export function hasVietnameseMarks(text: string): boolean {
  return foldVietnamese(text) !== text.toLowerCase().normalize('NFC');
}
