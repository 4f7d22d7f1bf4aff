// Reference mappings for the legacy Vietnamese encodings, written from the published tables (TCVN 5712:1993
// VN3 as the ABC fonts lay it out, RFC 1456 for VISCII, VNI's keyboard-font chart, Microsoft's cp1258) in their
// own layouts, independent of the tables the importer uses; and encoders built from them, so tests can make
// files in each encoding.

/** Vowels in rows: bare, huyền, hỏi, ngã, sắc, nặng. */
const toneRows = ['aàảãáạ', 'ăằẳẵắặ', 'âầẩẫấậ', 'eèẻẽéẹ', 'êềểễếệ', 'iìỉĩíị', 'oòỏõóọ', 'ôồổỗốộ', 'ơờởỡớợ', 'uùủũúụ', 'ưừửữứự', 'yỳỷỹýỵ'];

/** TCVN3: the byte of each letter in the toneRows layout (ASCII vowels are themselves). */
const tcvn3Rows = [
  '61 B5 B6 B7 B8 B9', 'A8 BB BC BD BE C6', 'A9 C7 C8 C9 CA CB', '65 CC CE CF D0 D1', 'AA D2 D3 D4 D5 D6', '69 D7 D8 DC DD DE',
  '6F DF E1 E2 E3 E4', 'AB E5 E6 E7 E8 E9', 'AC EA EB EC ED EE', '75 EF F1 F2 F3 F4', 'AD F5 F6 F7 F8 F9', '79 FA FB FC FD FE',
];
export const tcvn3Reference: ReadonlyMap<string, number> = new Map([
  ...toneRows.flatMap((row, r) => [...row].map((letter, t) => [letter, parseInt(tcvn3Rows[r]!.split(' ')[t]!, 16)] as [string, number])),
  ['đ', 0xae], ['Ă', 0xa1], ['Â', 0xa2], ['Ê', 0xa3], ['Ô', 0xa4], ['Ơ', 0xa5], ['Ư', 0xa6], ['Đ', 0xa7],
]);

/** VISCII, RFC 1456: letter and byte, in byte order. */
const visciiPairs = [
  'Ẳ02 Ẵ05 Ẫ06 Ỷ14 Ỹ19 Ỵ1E Ạ80 Ắ81 Ằ82 Ặ83 Ấ84 Ầ85 Ẩ86 Ậ87 Ẽ88 Ẹ89',
  'Ế8A Ề8B Ể8C Ễ8D Ệ8E Ố8F Ồ90 Ổ91 Ỗ92 Ộ93 Ợ94 Ớ95 Ờ96 Ở97 Ị98 Ỏ99',
  'Ọ9A Ỉ9B Ủ9C Ũ9D Ụ9E Ỳ9F ÕA0 ắA1 ằA2 ặA3 ấA4 ầA5 ẩA6 ậA7 ẽA8 ẹA9',
  'ếAA ềAB ểAC ễAD ệAE ốAF ồB0 ổB1 ỗB2 ỠB3 ƠB4 ộB5 ờB6 ởB7 ịB8 ỰB9',
  'ỨBA ỪBB ỬBC ơBD ớBE ƯBF ÀC0 ÁC1 ÂC2 ÃC3 ẢC4 ĂC5 ẳC6 ẵC7 ÈC8 ÉC9',
  'ÊCA ẺCB ÌCC ÍCD ĨCE ỳCF ĐD0 ứD1 ÒD2 ÓD3 ÔD4 ạD5 ỷD6 ừD7 ửD8 ÙD9',
  'ÚDA ỹDB ỵDC ÝDD ỡDE ưDF àE0 áE1 âE2 ãE3 ảE4 ăE5 ữE6 ẫE7 èE8 éE9',
  'êEA ẻEB ìEC íED ĩEE ỉEF đF0 ựF1 òF2 óF3 ôF4 õF5 ỏF6 ọF7 ụF8 ùF9',
  'úFA ũFB ủFC ýFD ợFE ỮFF',
].join(' ');
export const visciiReference: ReadonlyMap<string, number> = new Map(
  visciiPairs.split(' ').map((pair) => [pair.slice(0, -2), parseInt(pair.slice(-2), 16)] as [string, number]),
);

/** VNI: how each letter of toneRows is typed in the VNI fonts, as the Windows-1252 characters of its bytes;
 * capitals are the same with every character in upper case. */
const vniRows = [
  'a aø aû aõ aù aï', 'aê aè aú aü aé aë', 'aâ aà aå aã aá aä', 'e eø eû eõ eù eï', 'eâ eà eå eã eá eä', 'i ì æ ó í ò',
  'o oø oû oõ où oï', 'oâ oà oå oã oá oä', 'ô ôø ôû ôõ ôù ôï', 'u uø uû uõ uù uï', 'ö öø öû öõ öù öï', 'y yø yû yõ yù î',
];
const vniLower: [string, string][] = [
  ...toneRows.flatMap((row, r) => [...row].map((letter, t) => [letter, vniRows[r]!.split(' ')[t]!] as [string, string])),
  ['đ', 'ñ'],
];
export const vniReference: ReadonlyMap<string, string> = new Map([
  ...vniLower,
  ...vniLower.map(([letter, typed]) => [letter.toUpperCase(), typed.toUpperCase()] as [string, string]),
]);

/** Windows-1258 (cp1258): its letters beyond Latin-1's, and its five combining tone marks. */
const cp1258Own: ReadonlyMap<string, number> = new Map([
  ['Ă', 0xc3], ['ă', 0xe3], ['Đ', 0xd0], ['đ', 0xf0], ['Ơ', 0xd5], ['ơ', 0xf5], ['Ư', 0xdd], ['ư', 0xfd],
  ['\u0300', 0xcc], ['\u0301', 0xec], ['\u0303', 0xde], ['\u0309', 0xd2], ['\u0323', 0xf2],
]);
/** Latin-1 letters cp1258 keeps in their places (the others' places hold the entries above). */
const cp1258Latin = 'ÀÁÂÈÉÊÍÓÔÙÚàáâèéêíóôùú';

export function encodeTcvn3(text: string): Uint8Array {
  // Capitals beyond the seven are the lower-case bytes, shown in an upper-case font.
  return bytesOf(text, (letter) => (letter > '\u007f' ? (tcvn3Reference.get(letter) ?? tcvn3Reference.get(letter.toLowerCase())) : undefined));
}

/** VISCII's C1 positions and 0xA0 hold letters: its files use plain ASCII quotes and spaces. */
export function visciiPlain(text: string): string {
  return text.replace(/[“”]/gu, '"').replace(/…/gu, '...').replace(/\u00a0/gu, ' ');
}

export function encodeViscii(text: string): Uint8Array {
  return bytesOf(visciiPlain(text), (letter) => visciiReference.get(letter));
}

export function encodeVni(text: string): Uint8Array {
  const typed = [...text.normalize('NFC')].map((letter) => vniReference.get(letter) ?? letter).join('');
  return bytesOf(typed, () => undefined);
}

/** Windows' way: a precomposed letter where cp1258 has one, else the letter without its tone and the tone. */
export function encodeWindows1258(text: string): Uint8Array {
  const pieces = [...text.normalize('NFC')].flatMap((letter) => {
    if (letter.charCodeAt(0) < 0x80 || cp1258Own.has(letter) || cp1258Latin.includes(letter)) return [letter];
    const [base, ...marks] = [...letter.normalize('NFD')];
    const toneless = [base, ...marks.filter((mark) => !cp1258Own.has(mark))].join('').normalize('NFC');
    return [toneless, ...marks.filter((mark) => cp1258Own.has(mark))];
  });
  return bytesOf(pieces.join(''), (letter) => cp1258Own.get(letter));
}

/** Windows-1252's typographic punctuation, which the Windows-based encodings (cp1258, TCVN3, VNI) share. */
const cp1252Punctuation: ReadonlyMap<string, number> = new Map([['…', 0x85], ['‘', 0x91], ['’', 0x92], ['“', 0x93], ['”', 0x94], ['–', 0x96], ['—', 0x97]]);

/** Characters the map does not name are Latin-1 or Windows-1252 punctuation. */
function bytesOf(text: string, byteFor: (letter: string) => number | undefined): Uint8Array {
  const bytes: number[] = [];
  for (const letter of text) {
    const byte = byteFor(letter) ?? cp1252Punctuation.get(letter) ?? (letter.charCodeAt(0) <= 0xff ? letter.charCodeAt(0) : undefined);
    if (byte === undefined) throw new Error(`no byte for ${letter}`);
    bytes.push(byte);
  }
  return Uint8Array.from(bytes);
}
