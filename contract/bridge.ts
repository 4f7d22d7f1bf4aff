// What the preload exposes on `window.newsdesk`: a channel-checked invoke and two events from the shell.
// Nothing else of Electron reaches the renderer.
import type { Invoke } from './envelope';
import type { ArticlesImported, MenuCommand } from './api';

export interface NewsdeskBridge {
  invoke: Invoke;
  /** Returns its own unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Returns its own unsubscribe function. */
  onArticlesImported(listener: (imported: ArticlesImported) => void): () => void;
}

export const bridgeGlobalName = 'newsdesk';
