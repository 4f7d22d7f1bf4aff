// One article as a clean, standalone, semantic HTML page: `article` with a `header` (dateline in a `time`,
// `h1` headline, bold sapo), the body, figures with `figcaption`, and the credit line in a `footer`. Its
// language is the article's. A Content-Security-Policy in the page itself forbids scripts and any remote
// load, in case a viewer is lax: the page only ever shows its own images and embedded fonts.
import { formatDate } from '../../common/article/dateline';
import type { Language } from '../../common/i18n/languages';
import type { ExportDocument, ExportMetadata } from '../documentTree/exportDocument';
import { blocksHtml, type BodyHtmlOptions } from './bodyHtml';
import { escapeHtml } from './escapeHtml';
import { articleStylesheet } from './htmlStylesheet';

const pagePolicy = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; font-src data:; base-uri 'none'; form-action 'none'";

export function articleHtmlPage(doc: ExportDocument, options: BodyHtmlOptions): string {
  const { meta } = doc;
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${pagePolicy}">`,
    `<title>${escapeHtml(meta.headline || meta.slug)}</title>`,
    meta.creditNames ? `<meta name="author" content="${escapeHtml(meta.creditNames)}">` : '',
    meta.sapo ? `<meta name="description" content="${escapeHtml(meta.sapo.replace(/\s+/g, ' '))}">` : '',
    meta.tags.length > 0 ? `<meta name="keywords" content="${escapeHtml(meta.tags.join(', '))}">` : '',
    // The section, as Dublin Core's subject (a registered meta name; the DOCX export's subject too): imports read it back.
    meta.section ? `<meta name="dcterms.subject" content="${escapeHtml(meta.section)}">` : '',
    '<meta name="generator" content="Newsdesk">',
    `<style>\n${articleStylesheet()}\n</style>`,
  ].filter(Boolean);
  const body = [
    '<article>',
    articleHeaderHtml(doc),
    blocksHtml(doc.blocks, options),
    meta.creditLine ? `<footer>\n<p class="credit">${escapeHtml(meta.creditLine)}</p>\n</footer>` : '',
    '</article>',
  ].filter(Boolean);
  return `<!DOCTYPE html>\n<html lang="${meta.language}">\n<head>\n${head.join('\n')}\n</head>\n<body>\n${body.join('\n')}\n</body>\n</html>\n`;
}

/** Dateline, headline and sapo: the part of the page a CMS reads as the article's head. */
export function articleHeaderHtml({ meta }: ExportDocument): string {
  const lines: string[] = [];
  if (meta.dateline) lines.push(`<p class="dateline">${datelineHtml(meta.dateline, meta.language)}</p>`);
  if (meta.headline) lines.push(`<h1>${escapeHtml(meta.headline)}</h1>`);
  if (meta.sapo) lines.push(`<p class="sapo">${meta.sapo.split('\n').map(escapeHtml).join('<br>')}</p>`);
  return lines.length > 0 ? `<header>\n${lines.join('\n')}\n</header>` : '';
}

/** `Hà Nội – <time datetime="2024-06-22">Thứ Bảy, 22/6/2024</time>`: the same words as the plain-text dateline. */
function datelineHtml(dateline: NonNullable<ExportMetadata['dateline']>, language: Language): string {
  const place = dateline.place ? escapeHtml(dateline.place) : '';
  if (!dateline.date) return place;
  const time = `<time datetime="${dateline.date}">${escapeHtml(formatDate(dateline.date, language))}</time>`;
  return place ? `${place} – ${time}` : time;
}
