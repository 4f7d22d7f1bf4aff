// Locks every web contents and the session down: no navigation away from the app, no new windows, no
// webviews, no permissions, no request to anything but our own schemes.
import { app, shell, type Session, type WebContents } from 'electron';
import { isAppUrl } from './appOrigin';
import { externalUrlToOpen, isLoadableUrl } from './urlPolicy';

/** Before 'ready', so it also covers the devtools and any contents created later. */
export function guardAllWebContents(): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
}

export function guardSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isLoadableUrl(details.url) });
  });
}

function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const external = externalUrlToOpen(url);
    if (external) openInSystemBrowser(external);
    return { action: 'deny' };
  });
}

function openInSystemBrowser(url: string): void {
  shell.openExternal(url).catch((error: unknown) => console.error(`newsdesk: could not open ${url}:`, error));
}
