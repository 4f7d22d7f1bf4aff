// The renderer's one way to the main process: the preload bridge inside Electron, the loopback transport in
// the browser harness. Either way the calls and their types come from the contract.
import { createApiClient } from '../../contract/client';
import type { NewsdeskBridge } from '../../contract/bridge';
import type { ArticlesImported, MenuCommand } from '../../contract/api';
import { loopbackPhotoUrl, photoSchemeUrl } from '../../contract/photoAddress';
import type { PhotoSize } from '../../contract/schemas/photo';
import type { ExportProgress } from '../../contract/schemas/articleExport';
import { createLoopbackInvoke, takeLoopbackTokens } from './loopbackInvoke';

declare global {
  interface Window {
    newsdesk?: NewsdeskBridge;
  }
}

const bridge = window.newsdesk;
const loopback = bridge ? undefined : takeLoopbackTokens();

export const api = createApiClient(bridge ? bridge.invoke : createLoopbackInvoke(loopback?.token));

/** Inside Electron photos can come from the shell's own open dialog; in a browser only from a file input. */
export const hasNativePhotoDialog = bridge !== undefined;

/** Where the page loads a photo's pixels from: the app's photo scheme, or the loopback's photo route. */
export function photoUrl(id: number, size: PhotoSize): string {
  return bridge ? photoSchemeUrl(id, size) : loopbackPhotoUrl(id, size, loopback?.photoToken ?? '');
}

/** Menu commands exist only inside Electron; the browser harness has no native menu. */
export function onMenuCommand(listener: (command: MenuCommand) => void): () => void {
  return bridge ? bridge.onMenuCommand(listener) : () => undefined;
}

/** Articles imported by the shell's own open dialog (File → Import… inside Electron). */
export function onArticlesImported(listener: (imported: ArticlesImported) => void): () => void {
  return bridge ? bridge.onArticlesImported(listener) : () => undefined;
}

/** Progress of an export the shell is writing (Electron only: the browser harness writes no files). */
export function onExportProgress(listener: (progress: ExportProgress) => void): () => void {
  return bridge ? bridge.onExportProgress(listener) : () => undefined;
}
