// Folding and tone placement: the rules that decide whether what a reporter typed finds what was written.
import { describe, expect, it } from 'vitest';
import { foldVietnamese, hasVietnameseMarks } from '../../common/text/foldVietnamese';
import { normalizeTonePlacement } from '../../common/text/tonePlacement';
import { exactForm, foldedForm, indexedText, tokenize } from '../../search/searchTokens';

describe('foldVietnamese', () => {
  it.each([
    ['Đảng Trung ương', 'dang trung uong'],
    ['ĐƯỜNG', 'duong'],
    ['đường', 'duong'],
    ['dương', 'duong'],
    ['Hoà', 'hoa'],
    ['HÒA', 'hoa'],
    ['thuỷ', 'thuy'],
    ['khoẻ', 'khoe'],
    ['ộ ợ ự ặ ẫ ề', 'o o u a a e'],
    ['Ðà Nẵng', 'da nang'], // Icelandic Ð (U+00D0), as legacy encodings wrote Đ
    ['São Paulo, Müller, Ærø', 'sao paulo, muller, ærø'],
    ['34-CT/TW: “Học tập”…', '34-ct/tw: “hoc tap”…'],
  ])('%s → %s', (text, folded) => {
    expect(foldVietnamese(text)).toBe(folded);
    expect(foldVietnamese(text.normalize('NFD'))).toBe(folded);
  });

  it('keeps the marks of other scripts: they are letters there, not accents', () => {
    expect(foldVietnamese('हिन्दी')).toBe('हिन्दी');
    expect(foldVietnamese('ภาษาไทย')).toBe('ภาษาไทย');
    expect(foldVietnamese('한국어')).toBe('한국어');
  });

  it('folds every precomposed Vietnamese letter to a bare ASCII letter', () => {
    const vowels = 'aăâeêioôơuưy';
    const tones = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
    for (const vowel of vowels) {
      for (const tone of tones) {
        const letter = (vowel + tone).normalize('NFC');
        expect(letter).toHaveLength(1);
        expect(foldVietnamese(letter)).toMatch(/^[aeiouy]$/);
        expect(foldVietnamese(letter.toUpperCase())).toBe(foldVietnamese(letter));
      }
    }
  });

  it('knows which words carry marks', () => {
    expect(hasVietnameseMarks('đường')).toBe(true);
    expect(hasVietnameseMarks('Đa')).toBe(true);
    expect(hasVietnameseMarks('Duong')).toBe(false);
    expect(hasVietnameseMarks('COVID-19')).toBe(false);
  });
});

/** Old-style and new-style spellings of one word: both normalise to the new style. */
const tonePairs: [old: string, modern: string][] = [
  ['hòa', 'hoà'],
  ['hóa', 'hoá'],
  ['Hòa Bình', 'Hoà Bình'],
  ['HÒA', 'HOÀ'],
  ['thủy', 'thuỷ'],
  ['Thụy', 'Thuỵ'],
  ['Ủy ban', 'Uỷ ban'],
  ['tùy', 'tuỳ'],
  ['khỏe', 'khoẻ'],
  ['xòe', 'xoè'],
  ['lòa', 'loà'],
];

/** Words whose tone is where both styles put it: normalisation leaves them alone. */
const unchanged = [
  'của', 'mùa', 'kìa', 'mái', 'túi', 'người', 'rượu', 'thuở', 'Nguyễn', 'quả', 'quý', 'Quỳnh', 'giữa', 'già', 'gì',
  'toán', 'hoàng', 'hoạch', 'huỳnh', 'khuỷu', 'ngoài', 'yếu', 'giếng', 'ộ', 'Đảng', 'Việt', 'café', 'Müller', 'COVID',
];

describe('normalizeTonePlacement', () => {
  it.each(tonePairs)('%s and %s normalise to the new style', (old, modern) => {
    expect(normalizeTonePlacement(old)).toBe(modern);
    expect(normalizeTonePlacement(modern)).toBe(modern);
    expect(normalizeTonePlacement(old.normalize('NFD'))).toBe(modern);
  });

  it.each(unchanged)('leaves %s as it is', (word) => {
    expect(normalizeTonePlacement(word)).toBe(word);
  });

  it('rewrites every syllable of a sentence and nothing else', () => {
    expect(normalizeTonePlacement('Khánh Hòa: sức khỏe, thủy lợi – 34-CT/TW!')).toBe('Khánh Hoà: sức khoẻ, thuỷ lợi – 34-CT/TW!');
  });
});

describe('word forms', () => {
  /** Pairs a reporter expects to find each other when typed without marks. */
  const foldedMatches: [typed: string, written: string][] = [
    ['dang', 'Đảng'],
    ['duong', 'đường'],
    ['duong', 'dương'],
    ['hoa', 'hòa'],
    ['hoa', 'hoà'],
    ['thuy', 'thủy'],
    ['thuy', 'thuỷ'],
    ['khoe', 'khỏe'],
    ['khoe', 'khoẻ'],
    ['o', 'ộ'],
    ['nam', 'năm'],
    ['DANG', 'đảng'],
  ];
  it.each(foldedMatches)('%s finds %s (folded forms are equal)', (typed, written) => {
    expect(foldedForm(exactForm(typed))).toBe(foldedForm(exactForm(written)));
  });

  /** Typed with marks: the exact form decides which articles rank first. */
  const exactMatches: [typed: string, written: string][] = [
    ['hòa', 'hoà'],
    ['thủy', 'thuỷ'],
    ['khỏe', 'khoẻ'],
    ['Đảng', 'đảng'],
    ['ĐƯỜNG', 'đường'],
    ['đường'.normalize('NFD'), 'đường'],
  ];
  it.each(exactMatches)('%s is an exact match for %s', (typed, written) => {
    expect(exactForm(typed)).toBe(exactForm(written));
  });

  /** Same folded form, different words: found, but not as exact matches, so they rank after. */
  const exactMismatches: [typed: string, written: string][] = [
    ['đường', 'dương'],
    ['đường', 'duong'],
    ['năm', 'nam'],
    ['hòa', 'hóa'],
    ['thủy', 'thúy'],
    ['ơ', 'o'],
  ];
  it.each(exactMismatches)('%s is not an exact match for %s', (typed, written) => {
    expect(exactForm(typed)).not.toBe(exactForm(written));
    expect(foldedForm(exactForm(typed))).toBe(foldedForm(exactForm(written)));
  });

  /** Different letters once folded: never a match. */
  const differentWords: [typed: string, written: string][] = [
    ['dang', 'dung'],
    ['hoa', 'hao'],
    ['duong', 'dong'],
    ['ha', 'hai'],
    ['hanoi', 'Hà Nội'],
  ];
  it.each(differentWords)('%s does not find %s', (typed, written) => {
    expect(indexedText(typed).folded).not.toBe(indexedText(written).folded);
  });
});

describe('tokenize', () => {
  it('cuts words at punctuation and spaces, with offsets into the text', () => {
    const text = 'Chỉ thị số 34-CT/TW; “Học tập” và H’Mông 😀 ok';
    const tokens = tokenize(text);
    expect(tokens.map((token) => token.text)).toEqual(['Chỉ', 'thị', 'số', '34', 'CT', 'TW', 'Học', 'tập', 'và', 'H', 'Mông', 'ok']);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
  });

  it('indexes both forms, space-separated, in order', () => {
    expect(indexedText('Sức khỏe: Hòa BÌNH')).toEqual({ exact: 'sức khoẻ hoà bình', folded: 'suc khoe hoa binh' });
  });
});
