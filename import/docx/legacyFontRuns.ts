// Old Word documents set Vietnamese in legacy fonts: TCVN3 (.VnTime, .VnArial…; the names ending in H are the
// upper-case fonts) and VNI (VNI-Times…). Their text is stored as the Windows-1252 characters of the legacy
// bytes, so it reads as "Hµ Néi" until converted. This rewrites such runs in word/document.xml to Unicode
// before mammoth reads the file. The font is the run's own, else its character style's, else its paragraph
// style's, else the document default (following basedOn).
import JSZip from 'jszip';
import { JSDOM } from 'jsdom';
import { decodeLegacyVietnamese, type LegacyVietnameseEncoding } from '../encodings/decodeLegacyVietnamese';

const w = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export interface LegacyFontConversion {
  bytes: Uint8Array;
  /** Each legacy font met, with the encoding its runs were converted from. */
  fonts: Map<string, LegacyVietnameseEncoding>;
}

export function legacyFontEncoding(font: string): LegacyVietnameseEncoding | null {
  if (/^\.vn/iu.test(font)) return 'TCVN3';
  if (/^vni[- ]/iu.test(font)) return 'VNI';
  return null;
}

/** The file unchanged (same bytes) when no run is set in a legacy font. */
export async function convertLegacyFontRuns(bytes: Uint8Array): Promise<LegacyFontConversion> {
  const zip = await JSZip.loadAsync(bytes);
  const documentXml = await zip.file('word/document.xml')?.async('string');
  const fonts = new Map<string, LegacyVietnameseEncoding>();
  if (documentXml === undefined || !/(?:w:ascii|w:hAnsi)="(?:\.vn|vni[- ])/iu.test(documentXml + ((await zip.file('word/styles.xml')?.async('string')) ?? ''))) {
    return { bytes, fonts };
  }
  const styleFont = styleFonts(parseXml((await zip.file('word/styles.xml')?.async('string')) ?? '<w:styles xmlns:w="' + w + '"/>'));
  const dom = parseXml(documentXml);
  for (const run of Array.from(dom.window.document.getElementsByTagNameNS(w, 'r'))) {
    const font = runFont(run, styleFont);
    const encoding = font === undefined ? null : legacyFontEncoding(font);
    if (!font || !encoding) continue;
    fonts.set(font, encoding);
    const upperCase = encoding === 'TCVN3' && /h$/iu.test(font);
    for (const text of Array.from(run.getElementsByTagNameNS(w, 't'))) {
      const converted = decodeLegacyVietnamese(legacyBytes(text.textContent ?? ''), encoding);
      text.textContent = upperCase ? converted.toUpperCase() : converted;
    }
  }
  if (fonts.size === 0) return { bytes, fonts };
  zip.file('word/document.xml', new dom.window.XMLSerializer().serializeToString(dom.window.document));
  return { bytes: await zip.generateAsync({ type: 'uint8array' }), fonts };
}

function parseXml(xml: string): JSDOM {
  return new JSDOM(xml, { contentType: 'application/xml' });
}

/** A style's font, from the style itself or what it is based on; '' keys the document default. */
function styleFonts(styles: JSDOM): (styleId: string) => string | undefined {
  const document = styles.window.document;
  const byId = new Map(Array.from(document.getElementsByTagNameNS(w, 'style')).map((style) => [style.getAttributeNS(w, 'styleId') ?? '', style]));
  const defaults = document.getElementsByTagNameNS(w, 'rPrDefault')[0];
  const defaultFont = defaults ? fontOf(defaults) : undefined;
  const resolve = (styleId: string, depth = 0): string | undefined => {
    const style = byId.get(styleId);
    if (!style || depth > 20) return defaultFont;
    const basedOn = childOf(style, 'basedOn')?.getAttributeNS(w, 'val');
    return fontOf(style) ?? (basedOn ? resolve(basedOn, depth + 1) : defaultFont);
  };
  return (styleId) => (styleId === '' ? defaultFont : resolve(styleId));
}

function runFont(run: Element, styleFont: (styleId: string) => string | undefined): string | undefined {
  const properties = childOf(run, 'rPr');
  const own = properties ? fontOf(properties) : undefined;
  if (own) return own;
  const runStyle = properties && childOf(properties, 'rStyle')?.getAttributeNS(w, 'val');
  if (runStyle) return styleFont(runStyle);
  const paragraph = run.closest('p');
  const paragraphProperties = paragraph && childOf(paragraph, 'pPr');
  const paragraphStyle = paragraphProperties && childOf(paragraphProperties, 'pStyle')?.getAttributeNS(w, 'val');
  return styleFont(paragraphStyle ?? 'Normal') ?? styleFont('');
}

/** The font named by an element's run properties (w:rPr/w:rFonts, or w:rFonts directly inside it). */
function fontOf(element: Element): string | undefined {
  const fonts = element.getElementsByTagNameNS(w, 'rFonts')[0];
  return fonts?.getAttributeNS(w, 'ascii') || fonts?.getAttributeNS(w, 'hAnsi') || undefined;
}

function childOf(element: Element, localName: string): Element | undefined {
  return Array.from(element.children).find((child) => child.namespaceURI === w && child.localName === localName);
}

/** Windows-1252's typographic punctuation back to its bytes (Windows-1258 shares that range; Node reads
 * "windows-1252" as Latin-1); the rest of the legacy text is Latin-1. */
const windows1252 = new Map<string, number>();
for (let byte = 0x80; byte < 0xa0; byte += 1) {
  const character = new TextDecoder('windows-1258').decode(Uint8Array.of(byte));
  if (character !== '\ufffd') windows1252.set(character, byte);
}

function legacyBytes(text: string): Uint8Array {
  return Uint8Array.from([...text].map((character) => windows1252.get(character) ?? (character.charCodeAt(0) <= 0xff ? character.charCodeAt(0) : 0x3f)));
}
