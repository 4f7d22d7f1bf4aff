// A Markdown file → an article: markdown-it renders CommonMark to HTML with raw HTML switched off (a `<script>`
// in the file stays text), then the HTML import reads it, recognising the shapes our own Markdown export
// writes (dateline line, `#` headline, bold sapo, picture + italic caption, credit line).
import MarkdownIt from 'markdown-it';
import { parseHtmlArticle } from '../html/parseHtmlArticle';
import type { ImportedArticle } from '../importedArticle';

// CommonMark plus GFM's pipe tables (what our Markdown export writes a table as).
const markdown = new MarkdownIt('commonmark', { html: false }).enable('table');

export function parseMarkdownArticle(text: string): ImportedArticle {
  return parseHtmlArticle(markdown.render(text.normalize('NFC')));
}
