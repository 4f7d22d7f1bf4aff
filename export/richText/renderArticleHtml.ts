// The article for the clipboard ("Copy as rich text", to paste into a web CMS): a sanitised HTML fragment
// (dateline, headline, sapo, body, figures as their caption and credit, credit line) built from the same
// export tree as every format, every text escaped and links allow-listed; and the plain text beside it for
// targets that take only text. Photos are left out: a pasted image would be a data: URL few CMSs accept;
// they travel in the hand-off package.
import type { RenderedArticle } from '../../contract/schemas/articleExport';
import type { ArticleSource } from '../exportLibrary';
import { buildExportDocument } from '../documentTree/buildExportDocument';
import { blocksHtml } from '../html/bodyHtml';
import { escapeHtml } from '../html/escapeHtml';
import { articleHeaderHtml } from '../html/htmlPage';
import { exportPlainText } from '../plainText/exportPlainText';

export function renderArticleHtml(library: { articles: ArticleSource }, id: number): RenderedArticle {
  const article = library.articles.get(id);
  const doc = buildExportDocument(article, new Map());
  const parts = [articleHeaderHtml(doc), blocksHtml(doc.blocks), doc.meta.creditLine ? `<p class="credit">${escapeHtml(doc.meta.creditLine)}</p>` : ''];
  // The text says what the HTML says: the article, without the export's section-and-tags trailer.
  const text = exportPlainText({ ...article, section: '', tags: [] });
  return { html: `<article>\n${parts.filter(Boolean).join('\n')}\n</article>`, text };
}
