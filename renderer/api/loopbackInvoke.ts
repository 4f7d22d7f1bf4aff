// The browser-harness transport: POSTs each call to the loopback server with the session's token. The token
// arrives once in the page's fragment and is kept for the tab, so a reload keeps working.
import type { Envelope, Invoke } from '../../contract/envelope';

const tokenKey = 'newsdesk.loopbackToken';
const photoTokenKey = 'newsdesk.loopbackPhotoToken';
const tokenHeader = 'x-newsdesk-token';

/**
 * Takes the session's tokens from the page's fragment (`#token=…&photoToken=…`) once, keeps them for the tab
 * and clears them from the address bar. The photo token only reads photos: <img> cannot send headers.
 */
export function takeLoopbackTokens(): { token?: string; photoToken?: string } {
  const hash = window.location.hash;
  const token = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(hash)?.[1];
  const photoToken = /(?:^#|&)photoToken=([A-Za-z0-9_-]+)/.exec(hash)?.[1];
  if (token) {
    sessionStorage.setItem(tokenKey, token);
    if (photoToken) sessionStorage.setItem(photoTokenKey, photoToken);
    history.replaceState(null, '', `${window.location.pathname}${window.location.search}#/`);
  }
  return { token: sessionStorage.getItem(tokenKey) ?? undefined, photoToken: sessionStorage.getItem(photoTokenKey) ?? undefined };
}

/**
 * A keepalive request outlives its page, so the save a closing page starts (pagehide) still arrives. The
 * browser refuses a keepalive request once 64 KiB of keepalive bodies would be in flight, so calls take that
 * budget in turn and one that does not fit goes as an ordinary request.
 */
const keepaliveBudget = 60 * 1024;
let keepaliveInFlight = 0;
// The UTF-8 size of a body; a Blob would tell too, but making one costs a trip to the browser's blob registry.
const utf8 = new TextEncoder();

export function createLoopbackInvoke(token: string | undefined): Invoke {
  return async (channel, input) => {
    const body = JSON.stringify(input ?? null);
    const size = utf8.encode(body).byteLength;
    const keepalive = keepaliveInFlight + size <= keepaliveBudget;
    if (keepalive) keepaliveInFlight += size;
    let response: Response;
    try {
      response = await fetch(`/api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [tokenHeader]: token ?? '' },
        body,
        keepalive,
      });
    } finally {
      if (keepalive) keepaliveInFlight -= size;
    }
    if (!response.ok) throw new Error(`loopback transport refused the call (${response.status})`);
    return (await response.json()) as Envelope;
  };
}
