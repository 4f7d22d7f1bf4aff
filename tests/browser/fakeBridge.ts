// window.newsdesk as the preload would expose it, for a page that should behave as inside the shell: calls go
// over the loopback (the harness's token from the page's address), events are pushed by the test through
// window.pushShellEvent. Run in the page with page.addInitScript(fakeBridge), before the app loads.
export function fakeBridge(): void {
  const token = /[#&]token=([A-Za-z0-9_-]+)/.exec(window.location.hash)?.[1] ?? '';
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const page = window as unknown as Record<string, unknown>;
  page.newsdesk = {
    invoke: async (channel: string, input: unknown) => {
      const response = await fetch(`/api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-newsdesk-token': token },
        body: JSON.stringify(input ?? null),
      });
      return response.json();
    },
    subscribe: (channel: string, listener: (payload: unknown) => void) => {
      const set = listeners.get(channel) ?? new Set();
      set.add(listener);
      listeners.set(channel, set);
      return () => set.delete(listener);
    },
  };
  page.pushShellEvent = (channel: string, payload: unknown) => listeners.get(channel)?.forEach((listener) => listener(payload));
}
