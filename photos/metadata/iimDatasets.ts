// IPTC-IIM, the legacy binary metadata inside a JPEG's Photoshop segment or a TIFF tag. exifr decodes its text
// as Latin-1 and skips record 1, where dataset 1:90 says which character set the text is in, so Vietnamese
// written as UTF-8 comes out as mojibake ("HÃ  Ná»™i"). We read the datasets ourselves and decode:
//   1:90 = ESC % G              → UTF-8 (the standard's way to say it)
//   no 1:90, bytes valid UTF-8  → UTF-8 (many tools write UTF-8 without saying so; real Latin-1 text almost
//                                  never forms valid multi-byte UTF-8, so reading it as Latin-1 would only
//                                  ever produce mojibake)
//   otherwise                   → Latin-1 (as Windows-1252, which is what "Latin-1" writers actually emit)

export interface IimDataset {
  record: number;
  dataset: number;
  value: Uint8Array;
}

export const iimDatasets = {
  codedCharacterSet: [1, 90],
  byline: [2, 80],
  dateCreated: [2, 55],
  timeCreated: [2, 60],
  credit: [2, 110],
  copyrightNotice: [2, 116],
  captionAbstract: [2, 120],
} as const satisfies Record<string, readonly [number, number]>;

const utf8Designation = [0x1b, 0x25, 0x47]; // ESC % G

export function parseIim(bytes: Uint8Array): IimDataset[] {
  const datasets: IimDataset[] = [];
  let offset = 0;
  while (offset + 5 <= bytes.length && bytes[offset] === 0x1c) {
    const record = bytes[offset + 1]!;
    const dataset = bytes[offset + 2]!;
    let size = (bytes[offset + 3]! << 8) | bytes[offset + 4]!;
    let header = 5;
    if (size & 0x8000) {
      // Extended dataset: the low 15 bits give how many bytes hold the real length.
      const lengthBytes = size & 0x7fff;
      if (lengthBytes > 4 || offset + 5 + lengthBytes > bytes.length) break;
      size = 0;
      for (let i = 0; i < lengthBytes; i++) size = size * 256 + bytes[offset + 5 + i]!;
      header += lengthBytes;
    }
    const start = offset + header;
    if (start + size > bytes.length) break;
    datasets.push({ record, dataset, value: bytes.subarray(start, start + size) });
    offset = start + size;
  }
  return datasets;
}

/** The text of every occurrence of one dataset (By-line may repeat), decoded by the rule above. */
export function iimText(datasets: readonly IimDataset[], [record, dataset]: readonly [number, number]): string[] {
  const declaredUtf8 = datasets.some(
    (d) => d.record === iimDatasets.codedCharacterSet[0] && d.dataset === iimDatasets.codedCharacterSet[1] && startsWith(d.value, utf8Designation),
  );
  return datasets.filter((d) => d.record === record && d.dataset === dataset).map((d) => decodeIimText(d.value, declaredUtf8));
}

export function decodeIimText(value: Uint8Array, declaredUtf8: boolean): string {
  if (declaredUtf8) return new TextDecoder('utf-8').decode(value);
  const utf8 = strictUtf8(value);
  return utf8 ?? decodeWindows1252(value);
}

// Node's TextDecoder('windows-1252') decodes 0x80–0x9F as C1 controls (ISO-8859-1), losing “ ” – — €.
const windows1252High = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(value: Uint8Array): string {
  let text = '';
  for (const byte of value) text += byte >= 0x80 && byte <= 0x9f ? windows1252High[byte - 0x80] : String.fromCharCode(byte);
  return text;
}

function strictUtf8(value: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(value);
  } catch {
    return null;
  }
}

function startsWith(value: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => value[index] === byte);
}
