// What a copy of a news web page drags along after the report: share links, "other news", the most-read box.
// Only trailing chrome goes, and only from a line we know to be chrome, so a closing caption is never eaten.
import { parseCreditLine, type Credit } from '../../common/article/creditLine';
import { isShortUnfinishedLine } from './lineShapes';

/** Link texts Vietnamese news sites put under a report (compared in lower case, outer punctuation ignored). */
export const knownChromeLines: readonly string[] = [
  'gửi cho bạn bè',
  'các tin khác',
  'tin khác',
  'xem nhiều nhất',
  'đọc nhiều nhất',
  'chia sẻ',
  'chia sẻ bài viết',
  'in bài',
  'bản in',
  'bình luận',
  'gửi bình luận',
  'ý kiến bạn đọc',
  'tin liên quan',
  'bài viết liên quan',
  'tin cùng chuyên mục',
  'đọc thêm',
  'xem thêm',
  'về đầu trang',
  'lên đầu trang',
  'quay lại',
];

const known = new Set(knownChromeLines);

export function isKnownChromeLine(line: string): boolean {
  const core = line
    .toLocaleLowerCase('vi')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    .replace(/\s+/gu, ' ');
  return known.has(core);
}

/**
 * Cuts the trailing chrome off the lines ('' = blank): among the short unpunctuated lines at the very end, the
 * first known chrome line and everything after it go.
 */
export function dropTrailingChrome(lines: readonly string[]): readonly string[] {
  let runStart = lines.length;
  for (let i = lines.length - 1; i >= 0; i -= 1) {
    const line = lines[i]!;
    if (line === '') continue;
    if (!isShortUnfinishedLine(line)) break;
    runStart = i;
  }
  for (let i = runStart; i < lines.length; i += 1) {
    if (isKnownChromeLine(lines[i]!)) return lines.slice(0, i);
  }
  return lines;
}

/**
 * The credit line is the last one-line block that reads as a credit (`Tin và ảnh: …`) with only short
 * unpunctuated blocks after it; those are web chrome of any wording and go with it. A `Ảnh: …` line in the
 * middle of the report is not taken, so the paragraphs after it are never dropped.
 */
export function takeCredit(blocks: readonly string[][]): { credit: Credit | null; blocks: readonly string[][] } {
  for (let i = blocks.length - 1; i >= 0; i -= 1) {
    const block = blocks[i]!;
    const credit = block.length === 1 ? parseCreditLine(block[0]!) : undefined;
    if (credit) return { credit, blocks: blocks.slice(0, i) };
    if (!block.every(isShortUnfinishedLine)) break;
  }
  return { credit: null, blocks };
}
