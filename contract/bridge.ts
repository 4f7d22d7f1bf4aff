// What the preload exposes on `window.newsdesk`: a channel-checked invoke and the events the shell pushes.
// Nothing else of Electron reaches the renderer.
import type { Invoke } from './envelope';
import type { ArticlesImported, MenuCommand } from './api';
import type { ExportProgress } from './schemas/articleExport';

export interface NewsdeskBridge {
  invoke: Invoke;
  /** Returns its own unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Returns its own unsubscribe function. */
  onArticlesImported(listener: (imported: ArticlesImported) => void): () => void;
  /** Progress of a running export. Returns its own unsubscribe function. */
  onExportProgress(listener: (progress: ExportProgress) => void): () => void;
}

export const bridgeGlobalName = 'newsdesk';
