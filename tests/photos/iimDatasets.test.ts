// Legacy IPTC-IIM, read byte by byte: datasets (with extended lengths), the Photoshop resource holding them,
// and the character-set rule that keeps Vietnamese from turning into mojibake.
import { describe, expect, it } from 'vitest';
import { iptcResource } from '../../photos/metadata/findIim';
import { decodeIimText, iimDatasets, iimText, parseIim } from '../../photos/metadata/iimDatasets';

const caption = 'Đồng chí Trần Cẩm Tú phát biểu tại Hội nghị';

function dataset(record: number, number: number, value: Uint8Array): Buffer {
  if (value.length < 0x8000) return Buffer.concat([Buffer.from([0x1c, record, number, value.length >> 8, value.length & 0xff]), value]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(value.length);
  return Buffer.concat([Buffer.from([0x1c, record, number, 0x80, 0x04]), length, value]);
}

const utf8Declaration = dataset(1, 90, Buffer.from([0x1b, 0x25, 0x47]));

describe('parseIim', () => {
  it('reads records 1 and 2, repeated datasets and extended lengths, and stops at padding', () => {
    const long = Buffer.alloc(40_000, 0x61);
    const block = Buffer.concat([
      utf8Declaration,
      dataset(2, 80, Buffer.from('Minh Khôi')),
      dataset(2, 80, Buffer.from('Thu Hà')),
      dataset(2, 120, long),
      Buffer.alloc(6),
    ]);
    const parsed = parseIim(block);
    expect(parsed.map((d) => `${d.record}:${d.dataset}`)).toEqual(['1:90', '2:80', '2:80', '2:120']);
    expect(parsed[3]!.value.length).toBe(40_000);
    expect(iimText(parsed, iimDatasets.byline)).toEqual(['Minh Khôi', 'Thu Hà']);
  });

  it('stops at a dataset that claims more bytes than there are', () => {
    const block = Buffer.concat([dataset(2, 110, Buffer.from('TTXVN')), Buffer.from([0x1c, 2, 120, 0x10, 0x00, 0x41])]);
    expect(parseIim(block).map((d) => d.dataset)).toEqual([110]);
  });
});

describe('IIM text decoding', () => {
  it('is UTF-8 when 1:90 says ESC % G', () => {
    const parsed = parseIim(Buffer.concat([utf8Declaration, dataset(2, 120, Buffer.from(caption, 'utf8'))]));
    expect(iimText(parsed, iimDatasets.captionAbstract)).toEqual([caption]);
  });

  it('is UTF-8 without 1:90 when the bytes are valid UTF-8 (Latin-1 would be mojibake)', () => {
    const parsed = parseIim(dataset(2, 120, Buffer.from(caption, 'utf8')));
    const [text] = iimText(parsed, iimDatasets.captionAbstract);
    expect(text).toBe(caption);
    expect(text).not.toMatch(/Ã|Ä|á»/);
  });

  it('is Latin-1 (Windows-1252) without 1:90 when the bytes are not UTF-8', () => {
    const latin1 = Buffer.from([0x43, 0xe0, 0x20, 0x4d, 0x61, 0x75, 0x20, 0x93, 0x68, 0xe8, 0x94]); // Cà Mau “hè”
    expect(decodeIimText(latin1, false)).toBe('Cà Mau “hè”');
  });

  it('keeps UTF-8 declared by 1:90 even where a byte sequence is broken (replacement, never Latin-1)', () => {
    expect(decodeIimText(Buffer.from([0x48, 0xc3, 0xa0, 0x20, 0xe1, 0xbb]), true)).toBe('Hà \uFFFD');
  });
});

describe('iptcResource', () => {
  function resource(id: number, name: string, data: Buffer): Buffer {
    const nameField = Buffer.concat([Buffer.from([name.length]), Buffer.from(name, 'latin1')]);
    const paddedName = nameField.length % 2 ? Buffer.concat([nameField, Buffer.alloc(1)]) : nameField;
    const size = Buffer.alloc(4);
    size.writeUInt32BE(data.length);
    const body = data.length % 2 ? Buffer.concat([data, Buffer.alloc(1)]) : data;
    const head = Buffer.from('8BIM\0\0', 'latin1');
    head.writeUInt16BE(id, 4);
    return Buffer.concat([head, paddedName, size, body]);
  }

  it('finds the IPTC block (0x0404) among other Photoshop resources, odd sizes and names included', () => {
    const iim = Buffer.concat([utf8Declaration, dataset(2, 120, Buffer.from(caption))]);
    const block = Buffer.concat([resource(0x03ed, 'res', Buffer.alloc(17, 1)), resource(0x0404, '', iim)]);
    expect(Buffer.from(iptcResource(block)!).equals(iim)).toBe(true);
    expect(iptcResource(resource(0x03ed, '', Buffer.alloc(4)))).toBeNull();
  });
});
