// The seed's expected import, built from the seed helper's own split, plus small builders for other cases.
import type { DocNode } from '../../contract/schemas/document';
import { paragraph, readSeed } from '../helpers/seed';

export const seedCaptions = {
  first: 'Quang cảnh Hội nghị',
  secondLines: [
    'Đồng chí Phạm Tất Thắng, Ủy viên Trung ương Đảng, Phó Trưởng Ban thường trực Ban Dân vận Trung ương',
    'phát biểu kết luận Hội nghị',
  ],
} as const;

export function figureOf(lines: readonly string[]): DocNode {
  return {
    type: 'figure',
    attrs: { photoId: null, credit: '' },
    content: lines.flatMap((line, i) => (i === 0 ? [{ type: 'text', text: line }] : [{ type: 'hardBreak' }, { type: 'text', text: line }])),
  };
}

/** The seed's body exactly: a figure, seven paragraphs, a two-line figure, two paragraphs. */
export function expectedSeedBody(): DocNode {
  const { paragraphs } = readSeed();
  return {
    type: 'doc',
    content: [
      figureOf([seedCaptions.first]),
      ...paragraphs.slice(0, 7).map(paragraph),
      figureOf(seedCaptions.secondLines),
      ...paragraphs.slice(7).map(paragraph),
    ],
  };
}

/** The seed's lines above its web chrome, blank and no-break-space-only lines set aside. */
export function seedLinesAboveChrome(seedText: string): string[] {
  const lines = seedText.split('\n');
  return contentLines(lines.slice(0, lines.indexOf('Gửi cho bạn bè')).join('\n'));
}

export function contentLines(text: string): string[] {
  return text.split('\n').filter((line) => line.replace(/[\s\u00a0\u202f\u2007\ufeff]/gu, '') !== '');
}
