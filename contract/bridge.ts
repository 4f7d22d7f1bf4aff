// What the preload exposes on `window.newsdesk`: a channel-checked invoke for the calls in api.ts and a
// channel-checked subscribe for the events in events.ts. Nothing else of Electron reaches the renderer.
import type { Invoke } from './envelope';

/** Listens on one event channel; the listener gets only payloads the contract accepts. Returns its own unsubscribe. */
export type Subscribe = (channel: string, listener: (payload: unknown) => void) => () => void;

export interface NewsdeskBridge {
  invoke: Invoke;
  subscribe: Subscribe;
}

export const bridgeGlobalName = 'newsdesk';
