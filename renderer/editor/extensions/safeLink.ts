// Links in a report may point to the web or to an e-mail address, nothing else: a `javascript:`, `file:` or
// `data:` link can never be typed, pasted or set, and links do not open on click inside the editor.
import Link from '@tiptap/extension-link';

const allowedProtocols = new Set(['http:', 'https:', 'mailto:']);

/** True for absolute http, https and mailto URLs with something after the scheme. */
export function isSafeLinkHref(href: string): boolean {
  const trimmed = href.trim();
  if (trimmed === '' || /[\u0000-\u001f\u007f]/.test(trimmed)) return false;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return false;
  }
  if (!allowedProtocols.has(url.protocol)) return false;
  return url.protocol === 'mailto:' ? url.pathname.includes('@') : url.hostname !== '';
}

/** Turns what a reporter typed (`vnexpress.net/…`, `a@b.vn`) into a link target, or undefined if not allowed. */
export function normaliseLinkInput(input: string): string | undefined {
  const trimmed = input.trim();
  if (trimmed === '') return undefined;
  if (/^[^\s@/:]+@[^\s@/]+\.[^\s@/]+$/.test(trimmed)) return `mailto:${trimmed}`;
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  return isSafeLinkHref(candidate) ? candidate : undefined;
}

export const SafeLink = Link.configure({
  openOnClick: false,
  autolink: true,
  linkOnPaste: true,
  defaultProtocol: 'https',
  protocols: [],
  isAllowedUri: (url) => isSafeLinkHref(url),
  shouldAutoLink: (url) => isSafeLinkHref(/^[a-z]+:/i.test(url) ? url : `https://${url}`),
  HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
});
