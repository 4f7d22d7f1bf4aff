// What a file really is, from its first bytes: a photo format Newsdesk takes, something else with a name
// (so the refusal can say "a PDF"), or unknown. The file's extension never decides; only camera raw files,
// which are TIFF inside, are recognised by it.
export type PhotoFormat = 'jpeg' | 'png' | 'webp' | 'tiff' | 'avif' | 'heic';

export interface PhotoType {
  format: PhotoFormat;
  mime: string;
  /** The extension the stored original gets. */
  ext: string;
}

export type Sniffed = { kind: 'photo'; type: PhotoType } | { kind: 'other'; name: string } | { kind: 'unknown' };

/** Bytes needed to tell every format below apart (an ISO-BMFF ftyp box lists its brands early). */
export const sniffLength = 64;

export const photoTypes: Record<PhotoFormat, PhotoType> = {
  jpeg: { format: 'jpeg', mime: 'image/jpeg', ext: 'jpg' },
  png: { format: 'png', mime: 'image/png', ext: 'png' },
  webp: { format: 'webp', mime: 'image/webp', ext: 'webp' },
  tiff: { format: 'tiff', mime: 'image/tiff', ext: 'tif' },
  avif: { format: 'avif', mime: 'image/avif', ext: 'avif' },
  heic: { format: 'heic', mime: 'image/heic', ext: 'heic' },
};

const cameraRawExtensions = new Set(['cr2', 'nef', 'nrw', 'arw', 'srf', 'sr2', 'dng', 'orf', 'rw2', 'pef', 'raf', 'srw', 'erf', '3fr', 'iiq']);

const otherSignatures: { name: string; bytes: (number | null)[] }[] = [
  { name: 'PDF', bytes: ascii('%PDF-') },
  { name: 'ZIP', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'ZIP', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { name: 'GIF', bytes: ascii('GIF8') },
  { name: 'BMP', bytes: ascii('BM') },
  { name: 'PSD', bytes: ascii('8BPS') },
  { name: 'GZIP', bytes: [0x1f, 0x8b] },
  { name: 'RAR', bytes: ascii('Rar!') },
  { name: '7-Zip', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'JPEG XL', bytes: [0xff, 0x0a] },
  { name: 'JPEG XL', bytes: [0, 0, 0, 0x0c, ...ascii('JXL ')] },
  { name: 'JPEG 2000', bytes: [0, 0, 0, 0x0c, ...ascii('jP  ')] },
  { name: 'ICO', bytes: [0, 0, 1, 0] },
];

const heicBrands = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1']);
const videoBrands = new Set(['isom', 'iso2', 'mp41', 'mp42', 'avc1', 'qt  ', 'M4V ', '3gp4', '3gp5']);

export function sniffFormat(head: Uint8Array, fileName: string): Sniffed {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return photo('jpeg');
  if (startsWith(head, [0x89, ...ascii('PNG\r\n'), 0x1a, 0x0a])) return photo('png');
  if (startsWith(head, [...ascii('RIFF'), null, null, null, null, ...ascii('WEBP')])) return photo('webp');
  if (startsWith(head, ascii('II*\0')) || startsWith(head, ascii('MM\0*')) || startsWith(head, ascii('II+\0'))) {
    return cameraRawExtensions.has(extensionOf(fileName)) ? { kind: 'other', name: 'camera RAW' } : photo('tiff');
  }
  if (startsWith(head, [null, null, null, null, ...ascii('ftyp')])) return sniffIsoMedia(head);
  const other = otherSignatures.find((signature) => startsWith(head, signature.bytes));
  if (other) return { kind: 'other', name: other.name };
  const text = new TextDecoder('latin1').decode(head).replace(/^\uFEFF|^ï»¿/, '').trimStart().toLowerCase();
  if (text.startsWith('<svg') || (text.startsWith('<?xml') && text.includes('<svg'))) return { kind: 'other', name: 'SVG' };
  if (text.startsWith('<')) return { kind: 'other', name: 'HTML/XML' };
  return { kind: 'unknown' };
}

/** HEIC, AVIF and MP4/MOV share ISO-BMFF: the ftyp box's major and compatible brands tell them apart. */
function sniffIsoMedia(head: Uint8Array): Sniffed {
  const boxSize = ((head[0]! << 24) | (head[1]! << 16) | (head[2]! << 8) | head[3]!) >>> 0;
  const end = Math.min(head.length, boxSize);
  const brands = [latin1(head, 8, 12)];
  for (let offset = 16; offset + 4 <= end; offset += 4) brands.push(latin1(head, offset, offset + 4));
  if (brands[0] === 'crx ') return { kind: 'other', name: 'camera RAW' };
  if (brands.includes('avif') || brands.includes('avis')) return photo('avif');
  if (brands.some((brand) => heicBrands.has(brand))) return photo('heic');
  if (brands.some((brand) => videoBrands.has(brand))) return { kind: 'other', name: 'MP4/MOV' };
  return { kind: 'unknown' };
}

function photo(format: PhotoFormat): Sniffed {
  return { kind: 'photo', type: photoTypes[format] };
}

function startsWith(head: Uint8Array, bytes: readonly (number | null)[]): boolean {
  return head.length >= bytes.length && bytes.every((byte, index) => byte === null || head[index] === byte);
}

function ascii(text: string): number[] {
  return [...text].map((char) => char.charCodeAt(0));
}

function latin1(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...bytes.subarray(start, end));
}

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}
