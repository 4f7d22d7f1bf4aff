// The browser-harness transport: POSTs each call to the loopback server with the session's token. The token
// arrives once in the page's fragment and is kept for the tab, so a reload keeps working.
import type { Envelope, Invoke } from '../../contract/envelope';

const tokenKey = 'newsdesk.loopbackToken';
const tokenHeader = 'x-newsdesk-token';

export function takeLoopbackToken(): string | undefined {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(tokenKey, match[1]);
    history.replaceState(null, '', `${window.location.pathname}${window.location.search}#/`);
  }
  return sessionStorage.getItem(tokenKey) ?? undefined;
}

export function createLoopbackInvoke(token: string | undefined): Invoke {
  return async (channel, input) => {
    const response = await fetch(`/api/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [tokenHeader]: token ?? '' },
      body: JSON.stringify(input ?? null),
    });
    if (!response.ok) throw new Error(`loopback transport refused the call (${response.status})`);
    return (await response.json()) as Envelope;
  };
}
