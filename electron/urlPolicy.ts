// Which URLs the app may load, and which it may hand to the system browser. Newsdesk is offline by design:
// nothing remote is ever fetched inside the app.
import { appScheme, photoScheme } from './appOrigin';

const loadableSchemes: ReadonlySet<string> = new Set([`${appScheme}:`, `${photoScheme}:`, 'devtools:', 'data:', 'blob:']);
const externalSchemes: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** For session.webRequest: everything outside our own schemes (http, https, file, ws, ftp…) is cancelled. */
export function isLoadableUrl(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && loadableSchemes.has(parsed.protocol);
}

/** The normalised URL to give shell.openExternal, or null when it must not leave the app (file:, smb:, custom handlers…). */
export function externalUrlToOpen(url: string): string | null {
  const parsed = parse(url);
  if (!parsed || !externalSchemes.has(parsed.protocol)) return null;
  if (parsed.protocol === 'mailto:') return mailtoToOpen(parsed);
  if (parsed.hostname === '') return null;
  return parsed.href;
}

/** One plain address (no list, no quoted or bracketed forms): what a byline or a contact line links to. */
const mailAddress = /^[^\s@,;:<>()[\]\\"'%]+@[^\s@,;:<>()[\]\\"'%]+\.[^\s@,;:<>()[\]\\"'%.]+$/u;
const mailFields: ReadonlySet<string> = new Set(['subject', 'body']);

/**
 * A mailto: link reaches the mail client only as one address with at most a subject and a body. Anything else a
 * mail client may honour (attach=, cc/bcc lists, several addresses, headers) could send files or mail the
 * reporter never meant to, so the link is refused; the accepted one is rebuilt from its parts.
 */
function mailtoToOpen(parsed: URL): string | null {
  let address: string;
  try {
    address = decodeURIComponent(parsed.pathname).normalize('NFC');
  } catch {
    return null;
  }
  if (!mailAddress.test(address) || parsed.hash !== '') return null;
  const fields: string[] = [];
  const seen = new Set<string>();
  for (const [key, value] of parsed.searchParams) {
    const name = key.toLowerCase();
    if (!mailFields.has(name) || seen.has(name)) return null;
    seen.add(name);
    fields.push(`${name}=${encodeURIComponent(value)}`);
  }
  return `mailto:${address}${fields.length > 0 ? `?${fields.join('&')}` : ''}`;
}
