// What survives a paste from Word, Google Docs or a web page: paragraphs, headings, bold, italic, underline,
// safe links, lists, quotes and tables (plain grids: a merged cell is split). Styles, classes, scripts,
// frames, event handlers, `javascript:` URLs and images go (a remote image must never be fetched: pictures
// come in through the photo import instead).
import DOMPurify from 'dompurify';
import { splitMergedCells } from '../../common/document/tableSpans';
import { isSafeLinkHref } from './extensions/safeLink';

const allowedTags = ['p', 'br', 'h2', 'h3', 'strong', 'b', 'em', 'i', 'u', 'a', 'ul', 'ol', 'li', 'blockquote', 'hr', 'figure', 'figcaption', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td'];

export function sanitizePastedHtml(html: string): string {
  const parsed = new DOMParser().parseFromString(defuseForParsing(html.normalize('NFC')), 'text/html');
  const body = parsed.body;
  keepInlineFormattingFromStyles(body);
  renameHeadings(body);
  for (const table of Array.from(body.querySelectorAll('table'))) splitMergedCells(table);
  const clean = DOMPurify.sanitize(body.innerHTML, {
    ALLOWED_TAGS: allowedTags,
    ALLOWED_ATTR: ['href'],
    ALLOW_DATA_ATTR: false,
    KEEP_CONTENT: true,
    // Dropped with their contents, not just unwrapped.
    FORBID_CONTENTS: ['script', 'style', 'iframe', 'object', 'embed', 'noscript', 'template', 'svg', 'math', 'title', 'head'],
    RETURN_DOM: true,
  }) as HTMLElement;
  for (const link of Array.from(clean.querySelectorAll('a'))) {
    const href = link.getAttribute('href') ?? '';
    if (!isSafeLinkHref(href)) link.replaceWith(...Array.from(link.childNodes));
  }
  return clean.innerHTML;
}

/**
 * Chromium checks the page's CSP (no inline styles or handlers) while it parses, even in an inert DOMParser
 * document, and logs every refusal: a paste from Word would fill the console. So style sheets go before
 * parsing, and inside tags `style=` and `on…=` are renamed to data attributes: the styles' meaning is still
 * read below, and DOMPurify drops every data attribute afterwards.
 */
function defuseForParsing(html: string): string {
  return html
    .replace(/<style\b[\s\S]*?<\/style\s*>/gi, '')
    .replace(/<[a-z][^>]*>/gi, (tag) => tag.replace(/(\s)(style|on[a-z]+)(\s*=)/gi, '$1data-pasted-$2$3'));
}

/** Word and Google Docs mark bold/italic/underline with styles; keep the meaning before styles are dropped. */
function keepInlineFormattingFromStyles(root: HTMLElement): void {
  for (const element of Array.from(root.querySelectorAll<HTMLElement>('[data-pasted-style]'))) {
    const style = element.getAttribute('data-pasted-style') ?? '';
    // Google Docs wraps a whole paste in <b style="font-weight:normal">: that is not bold.
    if (element.tagName === 'B' && /font-weight\s*:\s*(normal|[1-4]00)\b/i.test(style)) {
      element.replaceWith(...Array.from(element.childNodes));
      continue;
    }
    if (element.tagName !== 'SPAN') continue;
    const wrappers: string[] = [];
    if (/font-weight\s*:\s*(bold|[6-9]00)\b/i.test(style)) wrappers.push('strong');
    if (/font-style\s*:\s*italic\b/i.test(style)) wrappers.push('em');
    if (/text-decoration[^;]*underline/i.test(style)) wrappers.push('u');
    for (const tag of wrappers) {
      const wrapper = element.ownerDocument.createElement(tag);
      wrapper.append(...Array.from(element.childNodes));
      element.append(wrapper);
    }
  }
}

/** The report's headings are H2 and H3 (the headline is its own field). */
function renameHeadings(root: HTMLElement): void {
  for (const heading of Array.from(root.querySelectorAll('h1, h2, h3, h4, h5, h6'))) {
    const level = heading.tagName === 'H1' || heading.tagName === 'H2' ? 'h2' : 'h3';
    if (heading.tagName.toLowerCase() === level) continue;
    const renamed = heading.ownerDocument.createElement(level);
    renamed.append(...Array.from(heading.childNodes));
    heading.replaceWith(renamed);
  }
}
