// HTML from a file, made harmless before we read it: parsed by jsdom (which runs no script and loads nothing
// unless asked to), then cleaned by DOMPurify down to the elements an article is made of. Scripts, styles,
// frames, forms, navigation and their contents go; so do every attribute but a few we read (href, class for
// our own exports' roles, datetime, alt, start, a table cell's colspan and rowspan), so no event handler or remote source survives. Images stay
// as markers without src, their addresses set aside (never fetched here) for the import to decide on.
import createDOMPurify from 'dompurify';
import { JSDOM, VirtualConsole } from 'jsdom';

const allowedTags = [
  'p', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b', 'em', 'i', 'u', 'a', 'ul', 'ol', 'li', 'blockquote',
  'hr', 'figure', 'figcaption', 'img', 'article', 'section', 'main', 'header', 'footer', 'div', 'span', 'time',
  'small', 'pre', 'code', 'sub', 'sup', 'mark', 'cite', 'q', 'abbr', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th',
];

const droppedWithContents = [
  'script', 'style', 'iframe', 'object', 'embed', 'noscript', 'template', 'svg', 'math', 'title', 'head', 'nav',
  'aside', 'form', 'button', 'select', 'textarea', 'video', 'audio', 'canvas', 'dialog', 'menu',
];

export interface CleanHtml {
  /** The sanitised content, as a detached element to walk. */
  body: HTMLElement;
  /** The page's <title>, for a page without an <h1>. */
  title: string;
  /** The page's section and tags, from the meta our export writes (dcterms.subject, keywords). */
  section: string;
  tags: string[];
  /** Each <img>'s src, in document order; the image carries its index as the class `newsdesk-image-<n>`. */
  imageSources: string[];
}

export const imageClassPrefix = 'newsdesk-image-';

/** Hands the cleaned HTML to `read` while its window is open, then closes the window. */
export function readCleanHtml<T>(html: string, read: (clean: CleanHtml) => T): T {
  // Its own console, heard by no one: jsdom's complaints about the page (a stylesheet it cannot parse) concern
  // styles and scripts the sanitiser drops anyway, and must not reach the reporter's terminal.
  const { window } = new JSDOM(html.normalize('NFC'), { virtualConsole: new VirtualConsole() });
  try {
    const title = window.document.title.replace(/\s+/g, ' ').trim();
    const metaContent = (name: string) => window.document.querySelector(`head meta[name="${name}" i]`)?.getAttribute('content')?.trim() ?? '';
    const imageSources = Array.from(window.document.querySelectorAll('body img')).map((image, index) => {
      image.setAttribute('class', `${imageClassPrefix}${index}`);
      return image.getAttribute('src') ?? '';
    });
    const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
    const body = purify.sanitize(window.document.body?.innerHTML ?? '', {
      ALLOWED_TAGS: allowedTags,
      ALLOWED_ATTR: ['href', 'class', 'datetime', 'alt', 'start', 'colspan', 'rowspan'],
      ALLOW_DATA_ATTR: false,
      ALLOW_ARIA_ATTR: false,
      KEEP_CONTENT: true,
      FORBID_CONTENTS: droppedWithContents,
      RETURN_DOM: true,
    }) as HTMLElement;
    return read({ body, title, imageSources, section: metaContent('dcterms.subject'), tags: splitTags(metaContent('keywords')) });
  } finally {
    window.close();
  }
}

/** `a, b, c` → the tags, each trimmed, blanks and repeats dropped. */
export function splitTags(list: string): string[] {
  return [...new Set(list.split(/[,;]/u).map((tag) => tag.replace(/\s+/gu, ' ').trim()).filter(Boolean))];
}
