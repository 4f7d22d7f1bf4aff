// A Word file (.docx) → an article: mammoth turns the document's structure into HTML (headings, lists,
// links, bold, italic, underline), mapping the named styles our DOCX export writes (Title, Sapo, Dateline,
// Figure, Caption, Photo Credit, Credit Line, Quote) to the roles the HTML import reads, and Word's own
// Heading 1/2/3 to the report's two heading levels. Embedded pictures are set aside with their bytes for the
// import to bring into the photo store. Nothing outside the file is ever read (no linked files).
import mammoth from 'mammoth';
import { NewsdeskError } from '../../common/errors/newsdeskError';
import { parseHtmlArticle } from '../html/parseHtmlArticle';
import type { ImportedArticle } from '../importedArticle';
import type { ImportNote } from '../importReport';
import { docxSectionAndTags } from './docxProperties';
import { convertLegacyFontRuns, type LegacyFontConversion } from './legacyFontRuns';

const styleMap = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => p.sapo:fresh",
  "p[style-name='Sapo'] => p.sapo:fresh",
  "p[style-name='Dateline'] => p.dateline:fresh",
  "p[style-name='Figure'] => p.figure:fresh",
  "p[style-name='caption'] => p.caption:fresh",
  "p[style-name='Caption'] => p.caption:fresh",
  "p[style-name='Photo Credit'] => p.photo-credit:fresh",
  "p[style-name='Credit Line'] => p.credit:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  // Our rule: an empty paragraph, which only a void element keeps through mammoth's empty-paragraph removal.
  "p[style-name='Horizontal Line'] => hr:fresh",
  "p[style-name='heading 1'] => h2:fresh",
  "p[style-name='Heading 1'] => h2:fresh",
  "p[style-name='heading 2'] => h3:fresh",
  "p[style-name='Heading 2'] => h3:fresh",
  "p[style-name='heading 3'] => h3:fresh",
  "p[style-name='Heading 3'] => h3:fresh",
  'u => u',
];

export const docxLabel = 'Word (.docx)';

/** How an embedded picture is named in the HTML, until its bytes are matched back to its figure. */
const embeddedPrefix = '#newsdesk-embedded-';

export async function parseDocxArticle(bytes: Uint8Array, fileName: string): Promise<ImportedArticle> {
  let html: string;
  let legacy: LegacyFontConversion;
  let properties: { section: string; tags: string[] };
  const embedded: { name: string; bytes: Uint8Array }[] = [];
  const imageMarker = mammoth.images.imgElement(async (image) => {
    const bytes = Buffer.from(await image.readAsBuffer());
    const extension = /^image\/([a-z0-9.+-]+)$/iu.exec(image.contentType ?? '')?.[1]?.replace('jpeg', 'jpg') ?? 'bin';
    embedded.push({ name: `${fileName.replace(/\.docx$/iu, '')}-${embedded.length + 1}.${extension}`, bytes: new Uint8Array(bytes) });
    return { src: `${embeddedPrefix}${embedded.length - 1}` };
  });
  try {
    legacy = await convertLegacyFontRuns(bytes);
    properties = await docxSectionAndTags(bytes);
    const converted = legacy.bytes;
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(converted.buffer, converted.byteOffset, converted.byteLength) },
      { styleMap, convertImage: imageMarker, externalFileAccess: false, ignoreEmptyParagraphs: true },
    );
    html = result.value;
  } catch {
    throw new NewsdeskError('importDocumentUnreadable', { file: fileName, format: docxLabel }, `${fileName} is not a readable .docx`);
  }
  const article = parseHtmlArticle(html);
  // Only the pictures inside the file: any other address in a Word file's HTML is none of ours to read.
  const images = (article.images ?? []).flatMap((image) => {
    const src = image.source.kind === 'local' ? image.source.src : '';
    const picture = src.startsWith(embeddedPrefix) ? embedded[Number(src.slice(embeddedPrefix.length))] : undefined;
    return picture ? [{ figure: image.figure, source: { kind: 'bytes' as const, ...picture } }] : [];
  });
  const { section, tags } = properties;
  return {
    ...article,
    ...(section ? { section } : {}),
    ...(tags.length > 0 ? { tags } : {}),
    images,
    notes: [...(article.notes ?? []), ...legacyFontNotes(legacy.fonts)],
  };
}

/** One note per legacy encoding, naming its fonts. */
function legacyFontNotes(fonts: LegacyFontConversion['fonts']): ImportNote[] {
  const byEncoding = new Map<string, string[]>();
  for (const [font, encoding] of fonts) byEncoding.set(encoding, [...(byEncoding.get(encoding) ?? []), font]);
  return [...byEncoding].map(([encoding, names]) => ({ kind: 'converted', code: 'legacyFontRuns', params: { fonts: names.join(', '), encoding } }));
}
