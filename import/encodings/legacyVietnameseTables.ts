// The three 8-bit Vietnamese encodings that predate Unicode in Vietnamese offices, as tables from byte to
// text. Bytes a table leaves out read as Windows-1252, which is what the legacy fonts show for them.
// tests/import/legacyVietnameseTables.test.ts checks every entry against the published tables.

/** TCVN3 (ABC, TCVN 5712:1993 VN3), the .VnTime fonts: lower-case toned letters and the seven bare
 * upper-case letters from 0xA1; other capitals come from the upper-case fonts (.VnTimeH), same bytes. */
const tcvn3High = 'ĂÂÊÔƠƯĐăâêôơưđ\0\0\0\0\0\0àảãáạ\0ằẳẵắ\0\0\0\0\0\0\0ặầẩẫấậè\0ẻẽéẹềểễếệìỉ\0\0\0ĩíịò\0ỏõóọồổỗốộờởỡớợù\0ủũúụừửữứựỳỷỹýỵ';

/** VISCII (RFC 1456): all 134 letters, six of them in C0 control positions. */
const visciiHigh =
  'ẠẮẰẶẤẦẨẬẼẸẾỀỂỄỆỐỒỔỖỘỢỚỜỞỊỎỌỈỦŨỤỲÕắằặấầẩậẽẹếềểễệốồổỗỠƠộờởịỰỨỪỬơớƯÀÁÂÃẢĂẳẵÈÉÊẺÌÍĨỳĐứÒÓÔạỷừửÙÚỹỵÝỡưàáâãảăữẫèéêẻìíĩỉđựòóôõỏọụùúũủýợỮ';
const visciiLow: Record<number, string> = { 0x02: 'Ẳ', 0x05: 'Ẵ', 0x06: 'Ẫ', 0x14: 'Ỷ', 0x19: 'Ỹ', 0x1e: 'Ỵ' };

/** Byte → text for a single-byte table: TCVN3 and VISCII. */
export type ByteTable = readonly (string | undefined)[];

function byteTable(high: string, firstHigh: number, low: Record<number, string> = {}): ByteTable {
  const table: (string | undefined)[] = Array.from({ length: 256 }, () => undefined);
  [...high].forEach((letter, index) => {
    if (letter !== '\0') table[firstHigh + index] = letter;
  });
  for (const [byte, letter] of Object.entries(low)) table[Number(byte)] = letter;
  return table;
}

export const tcvn3Table = byteTable(tcvn3High, 0xa1);
export const visciiTable = byteTable(visciiHigh, 0x80, visciiLow);

const circumflex = '\u0302';
const breve = '\u0306';
const horn = '\u031b';
const [grave, acute, tilde, hook, dot] = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];

/** VNI (VNI-Windows, the VNI-Times fonts): a base letter followed by a byte for its marks, in a lower- and an
 * upper-case form; ơ, ư, đ, the toned i and ỵ have bytes of their own. The marks are written as combining
 * characters and composed (NFC) after the whole text is read. */
export const vniMarks: Readonly<Record<number, string>> = {
  // lower case / upper case
  0xe2: circumflex, 0xc2: circumflex,
  0xe1: circumflex + acute, 0xc1: circumflex + acute,
  0xe0: circumflex + grave, 0xc0: circumflex + grave,
  0xe5: circumflex + hook, 0xc5: circumflex + hook,
  0xe3: circumflex + tilde, 0xc3: circumflex + tilde,
  0xe4: circumflex + dot, 0xc4: circumflex + dot,
  0xea: breve, 0xca: breve,
  0xe9: breve + acute, 0xc9: breve + acute,
  0xe8: breve + grave, 0xc8: breve + grave,
  0xfa: breve + hook, 0xda: breve + hook,
  0xfc: breve + tilde, 0xdc: breve + tilde,
  0xeb: breve + dot, 0xcb: breve + dot,
  0xf9: acute, 0xd9: acute,
  0xf8: grave, 0xd8: grave,
  0xfb: hook, 0xdb: hook,
  0xf5: tilde, 0xd5: tilde,
  0xef: dot, 0xcf: dot,
};

export const vniLetters: Readonly<Record<number, string>> = {
  0xf4: 'o' + horn, 0xd4: 'O' + horn,
  0xf6: 'u' + horn, 0xd6: 'U' + horn,
  0xf1: 'đ', 0xd1: 'Đ',
  0xec: 'ì', 0xcc: 'Ì',
  0xed: 'í', 0xcd: 'Í',
  0xe6: 'ỉ', 0xc6: 'Ỉ',
  0xf3: 'ĩ', 0xd3: 'Ĩ',
  0xf2: 'ị', 0xd2: 'Ị',
  0xee: 'ỵ', 0xce: 'Ỵ',
};
