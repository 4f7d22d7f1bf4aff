// The stored headline sort key must order exactly as Intl.Collator('vi') does, so that SQLite's ORDER BY on
// a BLOB column is the Vietnamese alphabetical order: checked on generated headlines and on variants that
// differ only in tones, case and quote style (the levels below the letters).
import { describe, expect, it } from 'vitest';
import { vietnameseSortKey } from '../../common/text/vietnameseSortKey';
import { seededRandom, type Random } from '../../bench/archive/random';
import { archiveArticles } from '../../bench/archive/archiveArticles';

const collator = new Intl.Collator('vi');
const base = new Intl.Collator('vi', { sensitivity: 'base' });
const byKey = (a: string, b: string) => Buffer.compare(Buffer.from(vietnameseSortKey(a)), Buffer.from(vietnameseSortKey(b)));

const vowels = [...'aăâeêioôơuưy'];
const tones = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];
const initials = ['', 'b', 'c', 'ch', 'd', 'đ', 'g', 'gh', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'nh', 'p', 'ph', 'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x'];
const finals = ['', '', 'n', 'ng', 'nh', 'c', 'ch', 't', 'p', 'm', 'i', 'u', 'o', 'y'];
const others = [' ', ' ', ',', ':', '-', '–', '—', '.', '…', '"', '“', '”', "'", '‘', '’', '(', ')', '!', '?', '/', '%', '\u00a0', '&', '0', '1', '9', '10', '2024', 'f', 'j', 'w', 'z', 'é', 'ü', 'ç', 'ñ', 'ð', 'Ð', '\u00ad'];

function syllable(random: Random): string {
  let text = random.pick(initials) + random.pick(vowels) + random.pick(tones) + random.pick(finals);
  if (random.chance(0.2)) text = text.charAt(0).toUpperCase() + text.slice(1);
  if (random.chance(0.03)) text = text.toUpperCase();
  return text.normalize('NFC');
}

function headlineLike(random: Random): string {
  const parts = Array.from({ length: random.int(1, 7) }, () => (random.chance(0.15) ? random.pick(others) : syllable(random)));
  return parts.map((part) => part + (random.chance(0.7) ? ' ' : '')).join('').normalize('NFC');
}

/** The same letters with other tones, case, quotes or spaces: equal for the letters, different below. */
function variant(text: string, random: Random): string {
  return [...text.normalize('NFD')]
    .map((char) => {
      if (tones.includes(char) && char !== '' && random.chance(0.3)) return random.pick(tones.slice(1));
      if (random.chance(0.1)) return char === char.toLowerCase() ? char.toUpperCase() : char.toLowerCase();
      if (char === "'" && random.chance(0.5)) return '’';
      if (char === ' ' && random.chance(0.2)) return '\u00a0';
      return char;
    })
    .join('')
    .normalize('NFC');
}

describe('vietnameseSortKey', () => {
  it('puts Đ after D, ă and â after a, ơ after ô, ư after u, as the Vietnamese alphabet does', () => {
    const words = ['Đà Nẵng', 'Dương', 'Duy', 'Dz', 'ăn', 'âm', 'an', 'ơn', 'ôm', 'om', 'ưa', 'ung', 'Ba', 'Zalo'];
    expect([...words].sort(byKey)).toEqual(['an', 'ăn', 'âm', 'Ba', 'Duy', 'Dương', 'Dz', 'Đà Nẵng', 'om', 'ôm', 'ơn', 'ung', 'ưa', 'Zalo']);
    expect([...words].sort(byKey)).toEqual([...words].sort(collator.compare));
  });

  it('orders tones none < huyền < hỏi < ngã < sắc < nặng, below the letters, and lower case before upper', () => {
    const words = ['ma', 'mà', 'mả', 'mã', 'má', 'mạ', 'Ma', 'mb', 'MA'];
    expect([...words].sort(byKey)).toEqual(['ma', 'Ma', 'MA', 'mà', 'mả', 'mã', 'má', 'mạ', 'mb']);
    expect([...words].sort(byKey)).toEqual([...words].sort(collator.compare));
  });

  it('orders 20,000 generated pairs exactly as Intl.Collator("vi") does', () => {
    const random = seededRandom(7);
    const mismatches: string[] = [];
    let belowLetters = 0;
    for (let i = 0; i < 20_000; i++) {
      const a = headlineLike(random);
      const b = random.chance(0.5) ? headlineLike(random) : variant(a, random);
      if (base.compare(a, b) === 0 && a !== b) belowLetters += 1;
      if (Math.sign(collator.compare(a, b)) !== Math.sign(byKey(a, b))) mismatches.push(`${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
    // The variants really exercised tones, case and quote style, not only the letters.
    expect(belowLetters).toBeGreaterThan(5_000);
  });

  it('sorts generated archive headlines as the collator does', () => {
    const headlines = [...archiveArticles(1500, 3)].map((article) => article.headline);
    expect([...headlines].sort(byKey)).toEqual([...headlines].sort(collator.compare));
  });

  it('ignores what ICU ignores and orders unknown characters deterministically after the known ones', () => {
    expect(byKey('Hà\u00adNội', 'HàNội')).toBe(0);
    expect(byKey('Hà\u200bNội', 'HàNội')).toBe(0);
    expect(byKey('z', '中')).toBeLessThan(0);
    expect(byKey('Zalo', 'Ωmega')).toBeLessThan(0);
    expect(byKey('中', '日')).toBeLessThan(0); // U+4E2D before U+65E5
  });

  it('keeps keys short: about one byte a letter, plus the tones and capitals', () => {
    const headline = 'Khối thi đua các cơ quan Đảng Trung ương: Đẩy mạnh hoạt động năm 2022';
    expect(vietnameseSortKey(headline).length).toBeLessThan(headline.length * 2);
  });
});
