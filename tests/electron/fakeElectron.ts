// A stand-in for the 'electron' module, just wide enough for the bundled main process, so its wiring can
// be exercised under plain Node: the real binary cannot be downloaded everywhere the tests run.
import { EventEmitter } from 'node:events';
import type { MenuItemConstructorOptions } from 'electron';

type Listener = (...args: unknown[]) => unknown;

export interface FakeWebContents extends EventEmitter {
  sent: unknown[][];
  send(channel: string, ...args: unknown[]): void;
  isLoading(): boolean;
  isDestroyed(): boolean;
  isCrashed(): boolean;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void;
  windowOpenHandler?: (details: { url: string }) => { action: string };
}

export function createWebContents(): FakeWebContents {
  const contents = new EventEmitter() as FakeWebContents;
  contents.sent = [];
  contents.send = (channel, ...args) => contents.sent.push([channel, ...args]);
  contents.isLoading = () => false;
  contents.isDestroyed = () => false;
  contents.isCrashed = () => false;
  contents.setWindowOpenHandler = (handler) => {
    contents.windowOpenHandler = handler;
  };
  return contents;
}

export function createFakeElectron({ appPath, preferredLanguages = ['en-US'] }: { appPath: string; preferredLanguages?: string[] }) {
  const appEvents = new EventEmitter();
  const state = {
    privilegedSchemes: [] as { scheme: string; privileges: Record<string, boolean> }[],
    sandboxEnabled: false,
    ipcHandlers: new Map<string, Listener>(),
    protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
    menus: [] as MenuItemConstructorOptions[][],
    windows: [] as FakeBrowserWindow[],
    errorBoxes: [] as { title: string; content: string }[],
    exitCode: undefined as number | undefined,
    openedExternally: [] as string[],
    permissionRequestHandler: undefined as undefined | Listener,
    permissionCheckHandler: undefined as undefined | Listener,
    beforeRequest: undefined as undefined | ((details: { url: string }, callback: (response: { cancel: boolean }) => void) => void),
    aboutPanel: undefined as unknown,
    /** What the next open dialogs answer, in turn; with none left a dialog is cancelled. */
    openDialogAnswers: [] as { canceled: boolean; filePaths: string[] }[],
    openDialogs: [] as unknown[][],
    /** What the next message boxes answer (the index of the button), in turn; with none left, the first. */
    messageBoxAnswers: [] as number[],
    messageBoxes: [] as { title?: string; detail?: string; buttons?: string[] }[],
    relaunched: false,
    /** Set once a quit went through (no window held it back). */
    quit: false,
    quitting: false,
  };

  class FakeBrowserWindow extends EventEmitter {
    readonly webContents = createWebContents();
    url: string | undefined;
    shown = false;
    constructor(readonly options: { webPreferences: Record<string, unknown> } & Record<string, unknown>) {
      super();
      state.windows.push(this);
      appEvents.emit('web-contents-created', {}, this.webContents);
    }
    static getAllWindows = () => [...state.windows];
    static getFocusedWindow = () => state.windows[0] ?? null;
    loadURL(url: string) {
      this.url = url;
      return Promise.resolve();
    }
    show() {
      this.shown = true;
    }
    isMinimized = () => false;
    restore() {}
    focus() {}
    destroyed = false;
    isDestroyed = () => this.destroyed;
    /** As Electron: 'close' may be prevented; otherwise the window goes, and with the last one 'window-all-closed'. */
    close() {
      if (this.destroyed) return;
      let prevented = false;
      this.emit('close', { preventDefault: () => (prevented = true) });
      if (prevented) return;
      this.destroyed = true;
      state.windows.splice(state.windows.indexOf(this), 1);
      this.emit('closed');
      if (state.windows.length === 0 && !state.quitting) appEvents.emit('window-all-closed');
    }
  }

  const app = {
    name: 'Newsdesk',
    isPackaged: false,
    getAppPath: () => appPath,
    getVersion: () => '0.1.0',
    enableSandbox: () => {
      state.sandboxEnabled = true;
    },
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    isReady: () => true,
    on: (event: string, listener: Listener) => {
      appEvents.on(event, listener);
      return app;
    },
    /** As Electron: 'before-quit', then every window is closed; a window that prevents its close cancels the quit. */
    quit: () => {
      if (state.quit || state.quitting) return;
      let cancelled = false;
      appEvents.emit('before-quit', { preventDefault: () => (cancelled = true) });
      if (cancelled) return;
      state.quitting = true;
      for (const window of [...state.windows]) window.close();
      state.quitting = false;
      if (state.windows.length > 0) return;
      state.quit = true;
      // As Electron: a prevented will-quit leaves the app running, to be asked to quit again.
      appEvents.emit('will-quit', { preventDefault: () => (state.quit = false) });
    },
    relaunch: () => {
      state.relaunched = true;
    },
    exit: (code: number) => {
      state.exitCode = code;
    },
    getPreferredSystemLanguages: () => preferredLanguages,
    setAboutPanelOptions: (options: unknown) => {
      state.aboutPanel = options;
    },
  };

  const defaultSession = {
    protocol: { handle: (scheme: string, handler: (request: Request) => Promise<Response>) => state.protocolHandlers.set(scheme, handler) },
    setPermissionRequestHandler: (handler: Listener) => (state.permissionRequestHandler = handler),
    setPermissionCheckHandler: (handler: Listener) => (state.permissionCheckHandler = handler),
    setDevicePermissionHandler: () => {},
    webRequest: { onBeforeRequest: (listener: typeof state.beforeRequest) => (state.beforeRequest = listener) },
  };

  const electron = {
    app,
    session: { defaultSession },
    BrowserWindow: FakeBrowserWindow,
    Menu: {
      buildFromTemplate: (template: MenuItemConstructorOptions[]) => ({ template }),
      setApplicationMenu: (menu: { template: MenuItemConstructorOptions[] }) => state.menus.push(menu.template),
    },
    ipcMain: { handle: (channel: string, handler: Listener) => state.ipcHandlers.set(channel, handler) },
    protocol: { registerSchemesAsPrivileged: (schemes: typeof state.privilegedSchemes) => state.privilegedSchemes.push(...schemes) },
    dialog: {
      showErrorBox: (title: string, content: string) => state.errorBoxes.push({ title, content }),
      showMessageBox: async (options: { title?: string; detail?: string; buttons?: string[] }) => {
        state.messageBoxes.push(options);
        return { response: state.messageBoxAnswers.shift() ?? 0 };
      },
      showOpenDialog: async (...args: unknown[]) => {
        state.openDialogs.push(args);
        return state.openDialogAnswers.shift() ?? { canceled: true, filePaths: [] };
      },
    },
    shell: {
      openExternal: async (url: string) => {
        state.openedExternally.push(url);
      },
    },
  };

  return { electron, state, appEvents };
}
