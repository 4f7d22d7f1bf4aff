// House style that is not about single words: spacing around punctuation, typographic quotes and the date
// format (day/month/year, no leading zeros: `22/6/2024`). Spans the tokenizer skipped (URLs, codes, numbers)
// are left alone, so `TP.HCM`, `10:30` and `https://…` never read as missing spaces.
import type { BlockFinding } from '../common/spelling/findings';
import type { Tokens } from './tokenize';

type Span = Tokens['skipped'][number];

const doubleSpace = / {2,}/gu;
const spaceBefore = /[ \u00a0]+([,.;:!?])/gu;
const noSpaceAfter = /([\p{Ll}\s])([,;:!?.])(\p{L})/gu;
const straightQuote = /"/gu;
const datePattern = /(?<![\p{N}\p{L}./-])(\d{1,2})([-./])(\d{1,2})\2(\d{4})(?![\p{N}\p{L}]|[-./]\d)/gu;

export function styleFindings(text: string, tokens: Tokens): BlockFinding[] {
  const findings: BlockFinding[] = [];
  const inSkipped = (offset: number) => tokens.skipped.some((span: Span) => offset >= span.offset && offset < span.end);
  const add = (finding: Omit<BlockFinding, 'end'>) => findings.push({ ...finding, end: finding.offset + finding.text.length });

  for (const match of text.matchAll(doubleSpace)) {
    add({ kind: 'spacing', text: match[0], offset: match.index, suggestions: [' '], message: 'doubleSpace' });
  }
  for (const match of text.matchAll(spaceBefore)) {
    // An ellipsis or a lone `.`-led code is not punctuation hanging off a word.
    if (text.startsWith('..', match.index + match[0].length - 1)) continue;
    if (inSkipped(match.index + match[0].length - 1)) continue;
    add({ kind: 'spacing', text: match[0], offset: match.index, suggestions: [match[1]!], message: 'spaceBeforePunctuation' });
  }
  for (const match of text.matchAll(noSpaceAfter)) {
    const mark = match.index + 1;
    if (inSkipped(mark)) continue;
    const [, , punctuation, after] = match;
    // `.` between lower-case letters is a file name or a domain more often than a missing space.
    if (punctuation === '.' && after === after!.toLowerCase()) continue;
    add({ kind: 'spacing', text: punctuation!, offset: mark, suggestions: [`${punctuation} `], message: 'noSpaceAfterPunctuation' });
  }
  for (const match of text.matchAll(straightQuote)) {
    if (inSkipped(match.index)) continue;
    add({ kind: 'quotes', text: '"', offset: match.index, suggestions: [opensQuote(text, match.index) ? '“' : '”'], message: 'straightQuote' });
  }
  for (const match of text.matchAll(datePattern)) {
    const [whole, day, , month, year] = match;
    const [d, m] = [Number(day), Number(month)];
    if (d < 1 || d > 31 || m < 1 || m > 12) continue;
    const houseStyle = `${d}/${m}/${year}`;
    if (whole === houseStyle) continue;
    add({ kind: 'dateFormat', text: whole, offset: match.index, suggestions: [houseStyle], message: 'dateFormat' });
  }
  return findings;
}

/** A quote opens when it starts the block or follows a space or an opening bracket. */
function opensQuote(text: string, index: number): boolean {
  return index === 0 || /[\s([{\u2014\u2013-]/u.test(text[index - 1]!);
}
