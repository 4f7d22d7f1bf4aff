import { describe, expect, it } from 'vitest';
import { excerptParts } from './diffExcerpt';

const words = (count: number, word = 'chữ') => Array.from({ length: count }, () => word).join(' ');

describe('excerptParts', () => {
  it('keeps short unchanged text and every change whole', () => {
    const parts = [
      { op: 'same' as const, text: 'Hội nghị ' },
      { op: 'removed' as const, text: 'hòa' },
      { op: 'added' as const, text: 'hoà' },
      { op: 'same' as const, text: ' bình' },
    ];
    expect(excerptParts(parts)).toEqual(parts);
  });

  it('cuts a long unchanged stretch to its ends at spaces, marking the gap', () => {
    const long = `${words(150)} giữa ${words(150)}`;
    const shown = excerptParts([
      { op: 'added', text: 'Mở đầu' },
      { op: 'same', text: long },
      { op: 'removed', text: 'kết' },
    ]);
    expect(shown.map((part) => part.op)).toEqual(['added', 'same', 'gap', 'same', 'removed']);
    const [, head, , tail] = shown as { text: string }[];
    expect(head!.text.length).toBeLessThanOrEqual(200);
    expect(head!.text.startsWith('chữ chữ')).toBe(true);
    expect(head!.text.endsWith(' ')).toBe(true);
    expect(tail!.text.startsWith(' ')).toBe(true);
    expect(shown.some((part) => 'text' in part && part.text.includes('giữa'))).toBe(false);
  });

  it('drops the outer side of a long stretch at the start or the end of a field', () => {
    const shown = excerptParts([
      { op: 'same', text: words(300) },
      { op: 'added', text: 'mới' },
      { op: 'same', text: words(300) },
    ]);
    expect(shown.map((part) => part.op)).toEqual(['gap', 'same', 'added', 'same', 'gap']);
  });
});
