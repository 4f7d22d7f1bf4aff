// The renderer's one way to the main process: the preload bridge inside Electron, the loopback transport in
// the browser harness. Either way the calls, the events and their types come from the contract.
import { createApiClient, createEventClient } from '../../contract/client';
import type { NewsdeskBridge } from '../../contract/bridge';
import { loopbackPhotoUrl, photoSchemeUrl } from '../../contract/photoAddress';
import type { PhotoSize } from '../../contract/schemas/photo';
import { createLoopbackInvoke, takeLoopbackTokens } from './loopbackInvoke';
import { callChannels, eventChannels } from 'virtual:newsdesk-channels';

declare global {
  interface Window {
    newsdesk?: NewsdeskBridge;
  }
}

const bridge = window.newsdesk;
const loopback = bridge ? undefined : takeLoopbackTokens();

export const api = createApiClient(bridge ? bridge.invoke : createLoopbackInvoke(loopback?.token), callChannels);

/**
 * Events the shell pushes (menu commands, File → Import…, export progress). The loopback transport carries
 * none: the browser harness has no native menu, no open dialog and writes no files while the page waits.
 */
export const onShellEvent = createEventClient(bridge ? bridge.subscribe : () => () => undefined, eventChannels);

/** Inside Electron the File menu has its own shortcuts and dialogs. */
export const insideElectron = bridge !== undefined;

/** Inside Electron photos can come from the shell's own open dialog; in a browser only from a file input. */
export const hasNativePhotoDialog = bridge !== undefined;

/** Where the page loads a photo's pixels from: the app's photo scheme, or the loopback's photo route. */
export function photoUrl(id: number, size: PhotoSize): string {
  return bridge ? photoSchemeUrl(id, size) : loopbackPhotoUrl(id, size, loopback?.photoToken ?? '');
}
