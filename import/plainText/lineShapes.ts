// The shapes a line can have in a report pasted from a web page. A caption, a link of web chrome and a credit
// line are short and end without sentence punctuation; body paragraphs end like sentences.
import { countWords } from '../../common/text/countText';

/** The longest caption line we still call a caption; the seed's longest is 20 words. */
export const maxCaptionLineWords = 40;
/** A caption is one to three lines; a longer block of short lines is prose (a poem, an address). */
export const maxCaptionLines = 3;

const sentenceEnd = /[.!?…"”]$/u;
/** A clause that goes on: a lead-in to a list or a line cut mid-sentence, never the end of a caption. */
const clauseGoesOn = /[,:;]$/u;

export function endsLikeSentence(line: string): boolean {
  return sentenceEnd.test(line);
}

/** Short and unpunctuated at the end: a caption line, a credit line or a link of web chrome. */
export function isShortUnfinishedLine(line: string): boolean {
  return !endsLikeSentence(line) && countWords(line) <= maxCaptionLineWords;
}

export function isCaptionBlock(lines: readonly string[]): boolean {
  const last = lines.at(-1);
  return (
    last !== undefined &&
    lines.length <= maxCaptionLines &&
    lines.every(isShortUnfinishedLine) &&
    !clauseGoesOn.test(last)
  );
}
