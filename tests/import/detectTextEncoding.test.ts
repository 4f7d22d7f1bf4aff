// Text files in the encodings Vietnamese offices still hold: the seed written in each comes back as the same
// text and says which encoding it was in; a file no encoding clearly reads is refused, naming those tried.
import { describe, expect, it } from 'vitest';
import { decodeImportTextWithEncoding } from '../../import/decodeImportText';
import { detectTextEncoding } from '../../import/encodings/detectTextEncoding';
import { isVietnameseSyllable } from '../../import/encodings/vietnameseSyllable';
import { readSeedText } from '../helpers/seed';
import { encodeTcvn3, encodeViscii, encodeVni, encodeWindows1258, visciiPlain } from './legacyVietnameseReference';

const seed = readSeedText().normalize('NFC');
/** TCVN3 files keep toned capitals in an upper-case font, so as plain text they are lower case. */
const tcvn3Capitals = new Set(['Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ']);
const seedAsTcvn3Reads = [...seed].map((letter) => (letter > '\u00ff' && !tcvn3Capitals.has(letter) ? letter.toLowerCase() : letter)).join('');

describe('detectTextEncoding', () => {
  it('UTF-8 with and without a BOM, UTF-16 LE and BE with a BOM', () => {
    const utf8 = new TextEncoder().encode(seed);
    expect(detectTextEncoding(utf8)).toEqual({ text: seed, encoding: 'UTF-8' });
    expect(detectTextEncoding(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text: seed, encoding: 'UTF-8' });
    const utf16le = Buffer.from(`\ufeff${seed}`, 'utf16le');
    expect(detectTextEncoding(utf16le)).toEqual({ text: seed, encoding: 'UTF-16LE' });
    const utf16be = Buffer.from(utf16le).swap16();
    expect(detectTextEncoding(utf16be)).toEqual({ text: seed, encoding: 'UTF-16BE' });
  });

  it('the seed in Windows-1258 (tones as combining marks), VNI, VISCII and TCVN3 reads back as the seed, NFC', () => {
    expect(detectTextEncoding(encodeWindows1258(seed))).toEqual({ text: seed, encoding: 'Windows-1258' });
    expect(detectTextEncoding(encodeVni(seed))).toEqual({ text: seed, encoding: 'VNI' });
    expect(detectTextEncoding(encodeViscii(seed))).toEqual({ text: visciiPlain(seed), encoding: 'VISCII' });
    expect(detectTextEncoding(encodeTcvn3(seed))).toEqual({ text: seedAsTcvn3Reads, encoding: 'TCVN3' });
  });

  it('a short legacy line is enough when one encoding clearly wins', () => {
    expect(detectTextEncoding(encodeTcvn3('Hà Nội, ngày mùng một tháng tư'))?.encoding).toBe('TCVN3');
    expect(detectTextEncoding(encodeVni('Việt Nam đất nước tôi'))?.encoding).toBe('VNI');
  });

  it('no clear winner, or nothing Vietnamese, is null; the import error names every encoding tried', () => {
    // Latin-1 letters that Windows-1258 and VISCII place alike: either reading is as good.
    expect(detectTextEncoding(Uint8Array.from(Buffer.from('Tin t\xe0i ch\xednh', 'latin1')))).toBeNull();
    expect(detectTextEncoding(Uint8Array.from(Buffer.from('Stra\xdfe \xfcber gr\xfc\xdfe', 'latin1')))).toBeNull();
    expect(detectTextEncoding(Uint8Array.of(0xff, 0xfe, 0x00, 0xd8))).toBeNull();
    expect(() => decodeImportTextWithEncoding('x.txt', Uint8Array.of(0x80, 0x81, 0x82))).toThrow(
      'x.txt is not text in UTF-8, UTF-16LE, UTF-16BE, Windows-1258, TCVN3, VNI, VISCII',
    );
  });
});

describe('isVietnameseSyllable', () => {
  it('accepts real syllables in any case and refuses what wrong tables make', () => {
    for (const word of ['nghiêng', 'Người', 'khuya', 'quốc', 'giữa', 'thuyền', 'oẳn', 'ĐƯỜNG', 'gì', 'xoong']) expect(isVietnameseSyllable(word), word).toBe(true);
    for (const word of ['Hµ', 'Néi', 'Vieät', 'mat', 'ăn̉̀', 'ă', 'straße', 'über', 'viêt']) expect(isVietnameseSyllable(word), word).toBe(false);
  });
});
