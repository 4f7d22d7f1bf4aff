// A Markdown file → an article: its YAML front matter read (section, tags, dateline, credit), then markdown-it
// renders the rest to HTML with raw HTML switched off (a `<script>` in the file stays text), and the HTML
// import reads it, recognising the shapes our own Markdown export writes (dateline line, `#` headline, bold
// sapo, picture + italic caption, credit line). The front matter's dateline and credit are data and win over
// what the printed lines gave; a printed line the HTML import could not read (an English dateline) goes.
import MarkdownIt from 'markdown-it';
import { formatCreditLine } from '../../common/article/creditLine';
import { formatDateline } from '../../common/article/dateline';
import { inlineText } from '../../common/document/docNode';
import { languages } from '../../common/i18n/languages';
import type { DocNode } from '../../contract/schemas/document';
import { parseHtmlArticle } from '../html/parseHtmlArticle';
import type { ImportedArticle } from '../importedArticle';
import { splitFrontMatter, type FrontMatter } from './markdownFrontMatter';

// CommonMark plus GFM's pipe tables (what our Markdown export writes a table as).
const markdown = new MarkdownIt('commonmark', { html: false }).enable('table');

export function parseMarkdownArticle(text: string): ImportedArticle {
  const { frontMatter, markdown: body } = splitFrontMatter(text.normalize('NFC'));
  return withFrontMatter(parseHtmlArticle(markdown.render(body)), frontMatter);
}

function withFrontMatter(article: ImportedArticle, { section, tags, dateline, credit }: FrontMatter): ImportedArticle {
  const blocks = [...(article.body.content ?? [])];
  if (dateline && !article.dateline && isPrinted(blocks[0], languages.map((language) => formatDateline(dateline, language)))) blocks.shift();
  if (credit && !article.credit && isPrinted(blocks.at(-1), languages.map((language) => formatCreditLine(credit, language)))) blocks.pop();
  return {
    ...article,
    body: blocks.length === (article.body.content ?? []).length ? article.body : { ...article.body, content: blocks },
    dateline: dateline ?? article.dateline,
    credit: credit ?? article.credit,
    ...(section ? { section } : {}),
    ...(tags ? { tags } : {}),
  };
}

/** A plain paragraph reading exactly one of the texts. */
function isPrinted(node: DocNode | undefined, texts: readonly string[]): boolean {
  return node?.type === 'paragraph' && texts.includes(inlineText(node.content ?? []).trim());
}
