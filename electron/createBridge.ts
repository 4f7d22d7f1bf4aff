// The object the preload puts on window.newsdesk. Built from an ipcRenderer-shaped object so it can be tested
// without Electron. The renderer gets these two functions and nothing else: never ipcRenderer itself.
import { apiChannels, menuCommandChannel, menuCommandSchema } from '../contract/api';
import type { NewsdeskBridge } from '../contract/bridge';
import type { Envelope } from '../contract/envelope';

/** The part of Electron's ipcRenderer the bridge uses. */
export interface RendererIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

const allowedChannels: ReadonlySet<string> = new Set(apiChannels);

export function createBridge(ipc: RendererIpc): NewsdeskBridge {
  return {
    invoke(channel, input) {
      // A compromised renderer must not reach any other ipcMain handler through this door.
      if (typeof channel !== 'string' || !allowedChannels.has(channel)) {
        return Promise.reject(new Error(`newsdesk: "${String(channel).slice(0, 100)}" is not an API channel`));
      }
      return ipc.invoke(channel, input) as Promise<Envelope>;
    },
    onMenuCommand(listener) {
      const forward = (_event: unknown, payload: unknown) => {
        const command = menuCommandSchema.safeParse(payload);
        if (command.success) listener(command.data);
      };
      ipc.on(menuCommandChannel, forward);
      return () => {
        ipc.removeListener(menuCommandChannel, forward);
      };
    },
  };
}
