// The renderer's one way to the main process: the preload bridge inside Electron, the loopback transport in
// the browser harness. Either way the calls and their types come from the contract.
import { createApiClient } from '../../contract/client';
import type { NewsdeskBridge } from '../../contract/bridge';
import type { ArticlesImported, MenuCommand } from '../../contract/api';
import { createLoopbackInvoke, takeLoopbackToken } from './loopbackInvoke';

declare global {
  interface Window {
    newsdesk?: NewsdeskBridge;
  }
}

const bridge = window.newsdesk;

export const api = createApiClient(bridge ? bridge.invoke : createLoopbackInvoke(takeLoopbackToken()));

/** Menu commands exist only inside Electron; the browser harness has no native menu. */
export function onMenuCommand(listener: (command: MenuCommand) => void): () => void {
  return bridge ? bridge.onMenuCommand(listener) : () => undefined;
}

/** Articles imported by the shell's own open dialog (File → Import… inside Electron). */
export function onArticlesImported(listener: (imported: ArticlesImported) => void): () => void {
  return bridge ? bridge.onArticlesImported(listener) : () => undefined;
}
