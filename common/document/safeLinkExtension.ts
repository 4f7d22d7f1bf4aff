// Links in a report may point to the web or to an e-mail address, nothing else: a `javascript:`, `file:` or
// `data:` link can never be typed, pasted or set, and links do not open on click inside the editor. Declared
// here so the editor and the file import share one link mark (renderer/editor/extensions/safeLink.ts).
import Link from '@tiptap/extension-link';
import { isSafeLinkHref } from '../security/safeLinkHref';

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
