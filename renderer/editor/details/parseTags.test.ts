import { describe, expect, it } from 'vitest';
import { parseTags } from './parseTags';

describe('parseTags', () => {
  it('splits on commas and semicolons, trims, drops blanks and repeats of any case', () => {
    expect(parseTags(' thi đua,  Đảng ; ,ĐẢNG, Hội  nghị ')).toEqual(['thi đua', 'Đảng', 'Hội nghị']);
  });
  it('stores NFC whatever was typed', () => {
    expect(parseTags('Đảng'.normalize('NFD'))).toEqual(['Đảng'.normalize('NFC')]);
  });
});
