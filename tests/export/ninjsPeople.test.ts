// Who made the article, as ninjs 3.1 can say it: names alone in `by`, each name's role in `infoSources`, and
// the holder a photo's copyright notice names; plus the zero-padded photo file names every export uses.
import { describe, expect, it } from 'vitest';
import { photoFileName } from '../../export/fileName/photoFileName';
import { copyrightHolderOf, creditLinePeople, splitNames } from '../../export/ninjs/ninjsPeople';

describe('the credit line in ninjs', () => {
  it('keeps the names in `by` and the role, per name, in infoSources', () => {
    expect(creditLinePeople('Tin và ảnh: Minh Khôi')).toEqual({
      by: 'Minh Khôi',
      infoSources: [
        { name: 'Minh Khôi', role: 'writer' },
        { name: 'Minh Khôi', role: 'photographer' },
      ],
    });
    expect(creditLinePeople('Tin: Minh Khôi, Đức Thanh')).toEqual({
      by: 'Minh Khôi, Đức Thanh',
      infoSources: [
        { name: 'Minh Khôi', role: 'writer' },
        { name: 'Đức Thanh', role: 'writer' },
      ],
    });
    expect(creditLinePeople('Ảnh: Đức Thanh')).toMatchObject({ infoSources: [{ name: 'Đức Thanh', role: 'photographer' }] });
    expect(creditLinePeople('Compiled by: Lan Anh')).toMatchObject({ by: 'Lan Anh', infoSources: [{ name: 'Lan Anh', role: 'compiler' }] });
    expect(creditLinePeople('')).toEqual({});
  });

  it('splits names at commas, semicolons, ampersands and “và” / “and” / dashes between words, never inside a name', () => {
    expect(splitNames('Minh Khôi và Đức Thanh; Lan Anh - Hoàng Vân & Bảo Ngọc')).toEqual(['Minh Khôi', 'Đức Thanh', 'Lan Anh', 'Hoàng Vân', 'Bảo Ngọc']);
    expect(splitNames('Vân-Anh Trần')).toEqual(['Vân-Anh Trần']);
    expect(splitNames('Văn Toàn')).toEqual(['Văn Toàn']);
  });
});

describe('the copyright holder a notice names', () => {
  it.each([
    ['© 2024 Báo Dân vận', 'Báo Dân vận'],
    ['©2024 Báo Dân vận. All rights reserved.', 'Báo Dân vận'],
    ['(c) 2019-2024 TTXVN', 'TTXVN'],
    ['Copyright 2024, Reuters', 'Reuters'],
    ['© Nguyễn Minh Khôi', 'Nguyễn Minh Khôi'],
  ])('%s → %s', (notice, holder) => {
    expect(copyrightHolderOf(notice)).toBe(holder);
  });

  it('names none for a notice of another shape or an empty one', () => {
    expect(copyrightHolderOf('')).toBeUndefined();
    expect(copyrightHolderOf('Báo Dân vận giữ bản quyền')).toBeUndefined();
    expect(copyrightHolderOf('© 2024')).toBeUndefined();
  });
});

describe('photo file names', () => {
  it('are zero-padded so they sort in the article’s order', () => {
    expect(photoFileName('tin', 1, 2, 'jpg')).toBe('tin-01.jpg');
    expect(photoFileName('tin', 12, 12, 'png')).toBe('tin-12.png');
    expect(photoFileName('tin', 7, 120, 'jpg')).toBe('tin-007.jpg');
    const names = Array.from({ length: 12 }, (_, i) => photoFileName('tin', i + 1, 12, 'jpg'));
    expect([...names].sort()).toEqual(names);
  });
});
