// The main window: sandboxed renderer, isolated context, the bundled preload, our origin only.
import { BrowserWindow } from 'electron';
import { productName } from '../store/defaultDataDir';
import { rendererEntryUrl } from './appOrigin';

export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 480,
    title: productName,
    // Shown once the first paint is ready, so the reader never sees an empty white frame.
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  window.loadURL(rendererEntryUrl).catch((error: unknown) => console.error('newsdesk: could not load the renderer:', error));
  return window;
}
