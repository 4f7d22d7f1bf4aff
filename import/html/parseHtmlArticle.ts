// An HTML file (or the HTML that Markdown and Word documents become) → an article: sanitised, split into
// pieces, assembled. Never fails: deciding that nothing usable came out is the import service's call.
import type { ImportedArticle } from '../importedArticle';
import { assembleArticle } from './assembleArticle';
import type { ImportNote } from '../importReport';
import { htmlPieces, type Piece } from './htmlPieces';
import { readCleanHtml } from './sanitizeImportHtml';

export function parseHtmlArticle(html: string): ImportedArticle {
  return readCleanHtml(html, ({ body, title, imageSources, section, tags }) => {
    const pieces = htmlPieces(body);
    const article = assembleArticle(pieces, title, imageSources);
    const notes = mergedCellNotes(pieces);
    return {
      ...article,
      ...(section ? { section } : {}),
      ...(tags.length > 0 ? { tags } : {}),
      ...(notes.length > 0 ? { notes: [...(article.notes ?? []), ...notes] } : {}),
    };
  });
}

/** Merged table cells are split on the way in (htmlTable): the report says how many. */
function mergedCellNotes(pieces: readonly Piece[]): ImportNote[] {
  const count = pieces.reduce((sum, piece) => sum + (piece.kind === 'node' ? (piece.mergedCells ?? 0) : 0), 0);
  return count > 0 ? [{ kind: 'guessed', code: 'mergedTableCells', params: { count } }] : [];
}
