// Bytes in one of the legacy Vietnamese encodings → NFC text. Windows-1258 comes from the platform's
// decoder (it writes most tones as combining marks, composed here); TCVN3, VNI and VISCII from our tables.
import { tcvn3Table, visciiTable, vniLetters, vniMarks, type ByteTable } from './legacyVietnameseTables';

export type LegacyVietnameseEncoding = 'Windows-1258' | 'TCVN3' | 'VNI' | 'VISCII';
export const legacyVietnameseEncodings: readonly LegacyVietnameseEncoding[] = ['Windows-1258', 'TCVN3', 'VNI', 'VISCII'];

const windows1258 = new TextDecoder('windows-1258');

/** What a legacy font shows for a byte its table leaves out: Windows-1252. Node's decoder of that name reads
 * Latin-1, so its typographic C1 range (quotes, dashes, …) comes from Windows-1258, which shares it. */
const fallback: readonly string[] = Array.from({ length: 256 }, (_, byte) =>
  byte >= 0x80 && byte < 0xa0 ? windows1258.decode(Uint8Array.of(byte)) : String.fromCharCode(byte),
);

export function decodeLegacyVietnamese(bytes: Uint8Array, encoding: LegacyVietnameseEncoding): string {
  switch (encoding) {
    case 'Windows-1258':
      return windows1258.decode(bytes).normalize('NFC');
    case 'TCVN3':
      return decodeByTable(bytes, tcvn3Table);
    case 'VISCII':
      return decodeByTable(bytes, visciiTable);
    case 'VNI':
      return decodeVni(bytes);
  }
}

function decodeByTable(bytes: Uint8Array, table: ByteTable): string {
  let text = '';
  for (const byte of bytes) text += table[byte] ?? fallback[byte];
  return text.normalize('NFC');
}

/** Letters a VNI mark byte may follow: the bare vowels, and o and u once they carry a horn. */
const markable = /[aeiouyAEIOUY\u031b]$/u;

/** A mark byte modifies the vowel before it; anywhere else it is the Windows-1252 character it shows as. */
function decodeVni(bytes: Uint8Array): string {
  const pieces: string[] = [];
  for (const byte of bytes) {
    const mark = vniMarks[byte];
    if (mark !== undefined && markable.test(pieces.at(-1) ?? '')) pieces.push(mark);
    else pieces.push(vniLetters[byte] ?? fallback[byte] ?? '');
  }
  return pieces.join('').normalize('NFC');
}
