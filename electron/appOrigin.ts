// The renderer lives at newsdesk://app/…, an origin that only this app can serve: every guard (IPC senders,
// navigation, the request filter) compares against it instead of trusting file:// or a dev server.
export const appScheme = 'newsdesk';
export const appHost = 'app';
/** Scheme reserved for article photos; the CSP and the request filter already allow it. */
export const photoScheme = 'newsdesk-photo';
export const rendererEntryUrl = `${appScheme}://${appHost}/index.html`;

/** True only for newsdesk://app/… (no credentials or port smuggled in front of the host). */
export function isAppUrl(url: string | null | undefined): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${appScheme}:` &&
    parsed.host === appHost &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === ''
  );
}
