// Which link targets a report may carry out of Newsdesk, whatever was typed or pasted: absolute http, https
// and mailto URLs only. Exports and imports both ask this, so a `javascript:`, `data:` or `file:` link can
// neither enter the library from a file nor leave it in an exported page. The editor's SafeLink uses it too.
const allowedProtocols = new Set(['http:', 'https:', 'mailto:']);

/** True for an absolute http, https or mailto URL with something after the scheme. */
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

/**
 * The link as it should be written out, or undefined when it must be dropped to plain text. Written out in its
 * serialised form (`<` and spaces percent-encoded), so it is a valid URL in any file format.
 */
export function safeLinkHref(href: unknown): string | undefined {
  return typeof href === 'string' && isSafeLinkHref(href) ? new URL(href.trim()).href : undefined;
}
