// The checker over the real dictionaries: the seed report is clean, planted errors are all found with the
// right first suggestion, and each kind of finding in both house tone styles.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding, ToneStyle } from '../../common/spelling/findings';
import { createChecker, type Checker } from '../../spelling/checker';
import type { Lexicon } from '../../spelling/lexicon';
import { loadLexicon } from '../../spelling/node/loadDictionary';
import { readSeedText } from '../helpers/seed';

let vietnamese: Lexicon;
let english: Lexicon;
beforeAll(async () => {
  [vietnamese, english] = await Promise.all([loadLexicon('vi'), loadLexicon('en')]);
});

const toneStyles: ToneStyle[] = ['new', 'old'];
const check = (text: string, toneStyle: ToneStyle = 'new', checker: Checker = createChecker(vietnamese, { toneStyle })) =>
  checker.checkBlocks(text.split('\n'));
const ofKind = (findings: Finding[], kind: Finding['kind']) => findings.filter((finding) => finding.kind === kind);

describe('the seed report', () => {
  it('has no spelling, Telex or house-style findings in the new tone style (Ủy, tỏa, tọa)', () => {
    expect(check(readSeedText(), 'new')).toEqual([]);
  });

  it('has no spelling findings in the old tone style either: only its tone placements differ', () => {
    const findings = check(readSeedText(), 'old');
    expect(ofKind(findings, 'spelling')).toEqual([]);
    expect(findings.map((finding) => finding.kind)).toEqual(findings.map(() => 'tonePlacement'));
    expect(findings.map((finding) => `${finding.text}→${finding.suggestions[0]}`)).toEqual(expect.arrayContaining(['Ủy→Uỷ', 'tỏa→toả', 'tọa→toạ']));
  });
});

describe.each(toneStyles)('planted errors, tone style %s', (toneStyle) => {
  const planted: Array<[string, Finding['kind'], string]> = [
    ['Đảnng', 'spelling', 'Đảng'],
    ['chíng', 'spelling', 'chính'],
    ['thii', 'spelling', 'thi'],
    ['Hộii', 'spelling', 'Hội'],
    ['ngừoi', 'spelling', 'người'],
    ['tổchức', 'spelling', 'tổ chức'],
    ['nghiax', 'telex', 'nghĩa'],
    ['cuar', 'telex', 'của'],
    ['dduwowngf', 'telex', 'đường'],
    ['Vieejt', 'telex', 'Việt'],
    ['tie61ng', 'telex', 'tiếng'],
  ];
  it.each(planted)('%s is a %s finding, %s first', (word, kind, first) => {
    const findings = check(`Hôm nay ${word} được nhắc lại.`, toneStyle);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ kind, text: word, block: 0, offset: 'Hôm nay '.length, end: 'Hôm nay '.length + word.length });
    expect(findings[0]!.suggestions[0]).toBe(first);
  });

  it('finds every planted error of a paragraph, in reading order', () => {
    const text = planted.map(([word]) => word).join(' và ');
    const findings = check(text, toneStyle);
    expect(findings.map((finding) => finding.text)).toEqual(planted.map(([word]) => word));
  });
});

describe('what is not a word to check', () => {
  it.each([
    'Chỉ thị số 05-CT/TW và 34-CT/TW',
    'tại TP.HCM và Tp.HCM',
    'UBND, HĐND và XIII, lần thứ IV',
    'xem https://example.com/tin-tuc hoặc www.nhandan.vn',
    'viết cho toasoan@example.vn',
    'năm 2021 - 2025, 3,5 tỷ, 10:30, 5km',
    'Xem nhiều nhất951',
  ])('%s', (text) => {
    expect(check(text)).toEqual([]);
  });
});

describe.each(toneStyles)('tone placement, house style %s', (toneStyle) => {
  const [expected, other] = toneStyle === 'new' ? ['hòa thủy khỏe Ủy', 'hoà thuỷ khoẻ Uỷ'] : ['hoà thuỷ khoẻ Uỷ', 'hòa thủy khỏe Ủy'];

  it('accepts the house style and suggests it for the other', () => {
    expect(check(expected, toneStyle)).toEqual([]);
    const findings = check(other, toneStyle);
    expect(findings.map((finding) => finding.kind)).toEqual(['tonePlacement', 'tonePlacement', 'tonePlacement', 'tonePlacement']);
    expect(findings.map((finding) => finding.suggestions[0])).toEqual(expected.split(' '));
    expect(findings[0]!.message).toBe(toneStyle === 'new' ? 'tonePlacementNew' : 'tonePlacementOld');
  });

  it('decodes Telex into the house style', () => {
    expect(check('hoaf', toneStyle)[0]!.suggestions[0]).toBe(expected.split(' ')[0]);
  });

  it('never moves a tone the two styles agree on', () => {
    expect(check('người của hoàng toán quả giữa', toneStyle)).toEqual([]);
  });
});

describe.each(toneStyles)('style rules, tone style %s', (toneStyle) => {
  it('spacing: double spaces, a space before punctuation, none after', () => {
    const findings = check('Hội nghị  họp ,tại Hà Nội.Sáng nay', toneStyle);
    expect(ofKind(findings, 'spacing').map((finding) => [finding.text, finding.suggestions[0], finding.message])).toEqual([
      ['  ', ' ', 'doubleSpace'],
      [' ,', ',', 'spaceBeforePunctuation'],
      [',', ', ', 'noSpaceAfterPunctuation'],
      ['.', '. ', 'noSpaceAfterPunctuation'],
    ]);
  });

  it('quotes: straight quotes become the house style’s “ ”', () => {
    const findings = check('Khẩu hiệu "Học tập" được nêu', toneStyle);
    expect(findings.map((finding) => [finding.kind, finding.offset, finding.suggestions[0]])).toEqual([
      ['quotes', 'Khẩu hiệu '.length, '“'],
      ['quotes', 'Khẩu hiệu "Học tập'.length, '”'],
    ]);
  });

  it('repeated word: của của, but not người người', () => {
    const findings = check('trách nhiệm của của cán bộ, người người thi đua', toneStyle);
    expect(findings).toEqual([
      { kind: 'repeatedWord', text: 'của của', block: 0, offset: 'trách nhiệm '.length, end: 'trách nhiệm của của'.length, suggestions: ['của'], message: 'repeatedWord' },
    ]);
  });

  it('date format: 22/6/2024, never 22-6-2024 or 22.06.2024', () => {
    const findings = check('ngày 22-6-2024, ngày 22.06.2024, ngày 01/02/2024 và ngày 22/6/2024', toneStyle);
    expect(findings.map((finding) => [finding.kind, finding.text, finding.suggestions[0]])).toEqual([
      ['dateFormat', '22-6-2024', '22/6/2024'],
      ['dateFormat', '22.06.2024', '22/6/2024'],
      ['dateFormat', '01/02/2024', '1/2/2024'],
    ]);
  });
});

describe('the checker itself', () => {
  it('numbers blocks in reading order and keeps offsets per block', () => {
    const findings = check('Đúng rồi.\nSai chíng tả.\nĐúng.');
    expect(findings).toMatchObject([{ block: 1, offset: 4, end: 9, text: 'chíng' }]);
  });

  it('accepts the personal dictionary’s words, in either tone style', () => {
    const checker = createChecker(vietnamese, { personalWords: ['Facebook'] });
    expect(checker.checkBlock('Trang Facebook của báo')).toEqual([]);
    checker.setOptions({ personalWords: [] });
    expect(checker.checkBlock('Trang Facebook của báo').map((finding) => finding.text)).toEqual(['Facebook']);
  });

  it('keeps the case of the word in its suggestions', () => {
    expect(check('CHÍNG')).toEqual([]); // all capitals: an abbreviation, never a spelling finding
    expect(check('Chíng')[0]!.suggestions[0]).toBe('Chính');
  });

  it('checks English articles against the English dictionary', () => {
    const checker = createChecker(english);
    const findings = checker.checkBlocks(['The governmnet met in Hanoi.  It said "yes".']);
    expect(findings.map((finding) => [finding.kind, finding.text])).toEqual([
      ['spelling', 'governmnet'],
      ['spacing', '  '],
      ['quotes', '"'],
      ['quotes', '"'],
    ]);
    expect(findings[0]!.suggestions[0]).toBe('government');
    expect(findings[0]!.message).toBe('notAWord');
  });
});

describe('suggestions on demand (the editor worker)', () => {
  it('leaves spelling suggestions for the menu, keeps Telex and style ones', () => {
    const checker = createChecker(vietnamese, { suggestions: false });
    const findings = checker.checkBlock('Hội nghị chíng nghiax của của');
    expect(findings.map((finding) => [finding.kind, finding.suggestions])).toEqual([
      ['spelling', []],
      ['telex', ['nghĩa']],
      ['repeatedWord', ['của']],
    ]);
    expect(checker.suggest('Chíng')[0]).toBe('Chính');
  });
});
