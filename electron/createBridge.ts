// The object the preload puts on window.newsdesk. Built from an ipcRenderer-shaped object so it can be tested
// without Electron. The renderer gets these functions and nothing else: never ipcRenderer itself.
import { apiChannels } from '../contract/api';
import type { NewsdeskBridge } from '../contract/bridge';
import type { Envelope } from '../contract/envelope';
import { eventChannels, readEventPayload } from '../contract/events';

/** The part of Electron's ipcRenderer the bridge uses. */
export interface RendererIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

const allowedCalls: ReadonlySet<string> = new Set(apiChannels);
const allowedEvents: ReadonlySet<string> = new Set(eventChannels);

function refuse(channel: unknown, kind: string): Error {
  return new Error(`newsdesk: "${String(channel).slice(0, 100)}" is not ${kind}`);
}

export function createBridge(ipc: RendererIpc): NewsdeskBridge {
  return {
    invoke(channel, input) {
      // A compromised renderer must not reach any other ipcMain handler through this door.
      if (typeof channel !== 'string' || !allowedCalls.has(channel)) return Promise.reject(refuse(channel, 'an API channel'));
      return ipc.invoke(channel, input) as Promise<Envelope>;
    },
    subscribe(channel, listener) {
      // Nor listen to anything the main process sends for other reasons.
      if (typeof channel !== 'string' || !allowedEvents.has(channel)) throw refuse(channel, 'an event channel');
      // A payload without the contract's shape never reaches the page.
      const forward = (_event: unknown, payload: unknown) => {
        const read = readEventPayload(channel, payload);
        if (read.ok) listener(read.value);
      };
      ipc.on(channel, forward);
      return () => {
        ipc.removeListener(channel, forward);
      };
    },
  };
}
