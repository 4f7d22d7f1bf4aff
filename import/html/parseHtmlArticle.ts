// An HTML file (or the HTML that Markdown and Word documents become) → an article: sanitised, split into
// pieces, assembled. Never fails: deciding that nothing usable came out is the import service's call.
import type { ImportedArticle } from '../importedArticle';
import { assembleArticle } from './assembleArticle';
import { htmlPieces } from './htmlPieces';
import { readCleanHtml } from './sanitizeImportHtml';

export function parseHtmlArticle(html: string): ImportedArticle {
  return readCleanHtml(html, ({ body, title, imageSources, section, tags }) => ({
    ...assembleArticle(htmlPieces(body), title, imageSources),
    ...(section ? { section } : {}),
    ...(tags.length > 0 ? { tags } : {}),
  }));
}
