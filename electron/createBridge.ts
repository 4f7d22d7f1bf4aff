// The object the preload puts on window.newsdesk. Built from an ipcRenderer-shaped object so it can be tested
// without Electron. The renderer gets these functions and nothing else: never ipcRenderer itself.
import {
  apiChannels,
  articlesImportedChannel,
  articlesImportedSchema,
  exportProgressChannel,
  exportProgressSchema,
  menuCommandChannel,
  menuCommandSchema,
} from '../contract/api';
import type { NewsdeskBridge } from '../contract/bridge';
import type { Envelope } from '../contract/envelope';

/** The part of Electron's ipcRenderer the bridge uses. */
export interface RendererIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

const allowedChannels: ReadonlySet<string> = new Set(apiChannels);

/** Forwards an event from the main process only when its payload has the contract's shape. */
function subscribe<T>(ipc: RendererIpc, channel: string, schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } }, listener: (payload: T) => void): () => void {
  const forward = (_event: unknown, payload: unknown) => {
    const parsed = schema.safeParse(payload);
    if (parsed.success) listener(parsed.data);
  };
  ipc.on(channel, forward);
  return () => {
    ipc.removeListener(channel, forward);
  };
}

export function createBridge(ipc: RendererIpc): NewsdeskBridge {
  return {
    invoke(channel, input) {
      // A compromised renderer must not reach any other ipcMain handler through this door.
      if (typeof channel !== 'string' || !allowedChannels.has(channel)) {
        return Promise.reject(new Error(`newsdesk: "${String(channel).slice(0, 100)}" is not an API channel`));
      }
      return ipc.invoke(channel, input) as Promise<Envelope>;
    },
    onMenuCommand: (listener) => subscribe(ipc, menuCommandChannel, menuCommandSchema, listener),
    onArticlesImported: (listener) => subscribe(ipc, articlesImportedChannel, articlesImportedSchema, listener),
    onExportProgress: (listener) => subscribe(ipc, exportProgressChannel, exportProgressSchema, listener),
  };
}
