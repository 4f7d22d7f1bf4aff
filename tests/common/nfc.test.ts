import { describe, expect, it } from 'vitest';
import { deepNfc, toNfc } from '../../common/text/nfc';
import type { DocNode } from '../../contract/schemas/document';
import { seedHeadline } from '../helpers/seed';

describe('toNfc', () => {
  it('composes NFD Vietnamese back to the seed headline', () => {
    const nfd = seedHeadline.normalize('NFD');
    expect(nfd.length).toBeGreaterThan(seedHeadline.length);
    expect(toNfc(nfd)).toBe(seedHeadline);
    expect(toNfc(seedHeadline)).toBe(seedHeadline);
  });

  it('composes stacked marks (ệ = e + circumflex + dot below, in either order)', () => {
    expect(toNfc('e\u0302\u0323')).toBe('\u1EC7');
    expect(toNfc('e\u0323\u0302')).toBe('\u1EC7');
    expect(toNfc('Vie\u0323\u0302t')).toBe('Việt');
  });

  it('leaves đ/Đ and plain ASCII alone', () => {
    expect(toNfc('Đảng đoàn'.normalize('NFD'))).toBe('Đảng đoàn');
    expect(toNfc('\u0110\u0111')).toBe('\u0110\u0111');
    expect(toNfc('Hello, 2022!')).toBe('Hello, 2022!');
  });
});

describe('deepNfc', () => {
  const nfcDoc: DocNode = {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 2, id: null, title: 'Hội nghị', flags: [true, 'Ưu tiên'] }, content: [{ type: 'text', text: 'Tổng kết' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Thủ tướng Chính phủ', marks: [{ type: 'link', attrs: { href: 'https://vi.wikipedia.org/wiki/Thủ_tướng' } }] }] },
    ],
  };
  const nfdDoc = JSON.parse(JSON.stringify(nfcDoc).normalize('NFD')) as DocNode;

  it('normalises every string, at any depth, and nothing else', () => {
    expect(JSON.stringify(nfdDoc)).not.toBe(JSON.stringify(nfcDoc));
    const out = deepNfc(nfdDoc);
    expect(out).toEqual(nfcDoc);
    expect(JSON.stringify(out)).toBe(JSON.stringify(nfcDoc));
  });

  it('keeps numbers, booleans, null and structure; does not mutate its input', () => {
    const snapshot = JSON.stringify(nfdDoc);
    const out = deepNfc(nfdDoc);
    expect(out).not.toBe(nfdDoc);
    expect(JSON.stringify(nfdDoc)).toBe(snapshot);
    expect(out.content?.[0]?.attrs).toMatchObject({ level: 2, id: null, flags: [true, 'Ưu tiên'] });
    expect(deepNfc(42)).toBe(42);
    expect(deepNfc(null)).toBe(null);
    expect(deepNfc(['a\u0301', 1])).toEqual(['á', 1]);
  });
});
