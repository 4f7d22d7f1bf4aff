// Every entry of the importer's legacy Vietnamese tables against the published tables (reference in
// legacyVietnameseReference.ts), letter by letter, and every letter of the language covered.
import { describe, expect, it } from 'vitest';
import { decodeLegacyVietnamese } from '../../import/encodings/decodeLegacyVietnamese';
import { tcvn3Table, visciiTable } from '../../import/encodings/legacyVietnameseTables';
import { encodeTcvn3, encodeViscii, encodeVni, encodeWindows1258, tcvn3Reference, visciiReference, vniReference } from './legacyVietnameseReference';

/** The 134 letters of Vietnamese outside ASCII, and đ/Đ: every vowel with every mark and tone, both cases. */
const vowels = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const tones = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];
const lower = [...vowels.flatMap((vowel) => tones.map((tone) => (vowel + tone).normalize('NFC'))), 'đ'].filter((letter) => letter > '\u007f');
const vietnameseLetters = [...lower, ...lower.map((letter) => letter.toUpperCase())];

describe('legacy Vietnamese tables', () => {
  it('the language has 134 letters beyond ASCII', () => {
    expect(new Set(vietnameseLetters).size).toBe(134);
  });

  it('TCVN3: each of the 74 entries is the published byte, and nothing else is mapped', () => {
    const beyondAscii = [...tcvn3Reference].filter(([letter]) => letter > '\u007f');
    expect(beyondAscii).toHaveLength(74);
    for (const [letter, byte] of beyondAscii) {
      expect(tcvn3Table[byte], `${letter} ${byte.toString(16)}`).toBe(letter);
      expect(decodeLegacyVietnamese(Uint8Array.of(byte), 'TCVN3')).toBe(letter);
    }
    expect(tcvn3Table.filter((letter) => letter !== undefined)).toHaveLength(beyondAscii.length);
  });

  it('VISCII: each of the 134 entries is the published byte, every letter is there', () => {
    expect(visciiReference.size).toBe(134);
    for (const [letter, byte] of visciiReference) {
      expect(decodeLegacyVietnamese(Uint8Array.of(byte), 'VISCII'), `${letter} ${byte.toString(16)}`).toBe(letter);
    }
    expect(new Set(visciiTable.filter((letter) => letter !== undefined))).toEqual(new Set(vietnameseLetters));
  });

  it('VNI: every letter, typed as the VNI chart says, reads back as that letter', () => {
    const typedLetters = [...vniReference.keys()].filter((letter) => letter > '\u007f');
    expect(new Set(typedLetters)).toEqual(new Set(vietnameseLetters));
    for (const [letter, typed] of vniReference) {
      expect(decodeLegacyVietnamese(Uint8Array.from(Buffer.from(typed, 'latin1')), 'VNI'), `${letter} ${typed}`).toBe(letter);
    }
  });

  it('every letter round-trips through each encoding (TCVN3 keeps capitals in the upper-case fonts: lower case here)', () => {
    const all = vietnameseLetters.join(' ');
    expect(decodeLegacyVietnamese(encodeViscii(all), 'VISCII')).toBe(all);
    expect(decodeLegacyVietnamese(encodeVni(all), 'VNI')).toBe(all);
    expect(decodeLegacyVietnamese(encodeWindows1258(all), 'Windows-1258')).toBe(all);
    const tcvn3Capitals = new Set(['Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ']);
    const tcvn3Expected = vietnameseLetters.map((letter) => (tcvn3Capitals.has(letter) ? letter : letter.toLowerCase())).join(' ');
    expect(decodeLegacyVietnamese(encodeTcvn3(all), 'TCVN3')).toBe(tcvn3Expected);
  });

  it('a VNI mark byte that follows no vowel is the Windows-1252 character it shows as', () => {
    expect(decodeLegacyVietnamese(Uint8Array.from(Buffer.from('5ø vaø 1ù', 'latin1')), 'VNI')).toBe('5ø và 1ù');
  });
});
