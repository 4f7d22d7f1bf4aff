// What the preload exposes on `window.newsdesk`: a channel-checked invoke and the menu-command events.
// Nothing else of Electron reaches the renderer.
import type { Invoke } from './envelope';
import type { MenuCommand } from './api';

export interface NewsdeskBridge {
  invoke: Invoke;
  /** Returns its own unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

export const bridgeGlobalName = 'newsdesk';
