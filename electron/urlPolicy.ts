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
  if (parsed.protocol !== 'mailto:' && parsed.hostname === '') return null;
  return parsed.href;
}
