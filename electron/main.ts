// The Electron shell: opens the library, serves the renderer, wires IPC to the shared handler table and
// installs the menu and the security guards. Business logic lives in handlers/ and store/, not here.
import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, session } from 'electron';
import type { MenuCommand } from '../contract/events';
import type { Language } from '../common/i18n/languages';
import { createTranslator } from '../common/i18n/catalog';
import { createDispatch, type Dispatch } from '../handlers/dispatch';
import { createHandlerTable } from '../handlers/handlerTable';
import { startOutbox } from './outboxShell';
import { defaultDataDir, productName } from '../store/defaultDataDir';
import { openLibrary, type Library } from '../library/openLibrary';
import { startMaintenance } from '../library/libraryMaintenance';
import { articleChooser, importOpenedFiles, importThroughDialog } from './importDialog';
import { handleApiCalls } from './ipc';
import { exportShell } from './exportShell';
import { photoChooser } from './photoDialog';
import { updateFileChooser } from './updateDialog';
import { servePhotos } from './photoProtocol';
import { installMenu } from './menu';
import { OpenedFiles, openedFilesFromArgv } from './openedFiles';
import { existingNativeBindingPath } from './nativeBinding';
import { registerAppScheme, serveRenderer } from './rendererProtocol';
import { guardAllWebContents, guardSession } from './security';
import { languageFromLocales, startupFailureMessage } from './startupFailure';
import { sendEvent } from './sendEvent';
import { createMainWindow } from './window';
import { createCloseGuard, type CloseGuard } from './closeGuard';
import { DraftRecovery } from '../library/draftRecovery';
import { AutomaticBackups } from '../backup/automaticBackups';
import { libraryDirAtStart } from '../library/startupRecovery';
import { askWithMessageBox, backupAtQuit, backupShell, runBackupMenuCommand } from './backupShell';

// main.cjs and preload.cjs sit side by side in dist/electron.
const preloadPath = path.join(__dirname, 'preload.cjs');
const rendererDir = path.join(app.getAppPath(), 'dist', 'renderer');

registerAppScheme();
app.enableSandbox();
guardAllWebContents();

// Files opened from the system (electron/openedFiles.ts); macOS may send them before the app is ready.
const openedFiles = new OpenedFiles();
app.on('open-file', (event, file) => {
  event.preventDefault();
  openedFiles.open([file]);
});

// One process owns the library's writes; a second launch brings the first window forward with its files.
if (app.requestSingleInstanceLock()) {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    focusOrOpenWindow();
    openedFiles.open(openedFilesFromArgv(argv.slice(1), workingDirectory));
  });
  app.whenReady().then(start).catch(failStartup);
} else {
  app.quit();
}

/** The library and its dispatch once start() opened it; the menu's import needs them. */
let opened: { library: Library; dispatch: Dispatch } | undefined;
/** Holds every window's close until its page saved what is pending. */
let closeGuard: CloseGuard | undefined;
/** Whether the window's page has an article open (there is one window: a second launch focuses it). */
let articleOpen = false;

async function start(): Promise<void> {
  let library: Library;
  const dataDir = defaultDataDir();
  try {
    guardSession(session.defaultSession);
    assertRendererBuilt();
    // The quick check first: a damaged library is set aside unwritten, and the newest backup offered.
    const { libraryDir } = await libraryDirAtStart(dataDir, createTranslator(systemLanguage()), askWithMessageBox);
    library = openLibrary(libraryDir, {
      nativeBinding: existingNativeBindingPath({
        isPackaged: app.isPackaged,
        appPath: app.getAppPath(),
        resourcesPath: process.resourcesPath,
        electronVersion: process.versions.electron,
        platform: process.platform,
        arch: process.arch,
      }),
    });
  } catch (error) {
    failStartup(error);
    return;
  }
  const filing = startOutbox(library);
  // The trash's purge and the history's thinning: soon after start, then every hour for an app left running for days.
  const stopMaintenance = startMaintenance(library, (error) => console.error('newsdesk: could not purge the trash or thin the history:', error));
  // Daily and at quit (after the pages saved), into the folder the reporter chose; failures go to Settings.
  const automatic = new AutomaticBackups(library, { onOutcome: (outcome) => outcome.kind === 'failed' && console.error('newsdesk: automatic backup failed:', outcome.code, outcome.params) });
  backupAtQuit(automatic, () => {
    filing.stop();
    stopMaintenance();
    library.close();
  });
  automatic.start();
  closeGuard = createCloseGuard(new DraftRecovery(library.dataDir));
  // An OS log-out on Linux ends the session's processes with SIGTERM: quit as Quit would, saving first.
  const quitOnSignal = () => app.quit();
  process.on('SIGTERM', quitOnSignal);
  app.on('will-quit', () => process.off('SIGTERM', quitOnSignal));
  serveRenderer(session.defaultSession, rendererDir);
  servePhotos(session.defaultSession, library);
  const table = createHandlerTable({
    library,
    onLanguageChanged: (language) => refreshMenu(language),
    onArticleOpenChanged: setArticleOpen,
    choosePhotoFiles: photoChooser(library),
    chooseArticleFiles: articleChooser(library),
    chooseUpdateFile: updateFileChooser(library),
    ...exportShell(library),
    outbox: filing.shell,
    closeHold: closeGuard.hold,
    backup: backupShell(library, dataDir, automatic),
  });
  const dispatch = createDispatch(table);
  opened = { library, dispatch };
  handleApiCalls(dispatch);
  refreshMenu();
  app.setAboutPanelOptions({ applicationName: productName, applicationVersion: app.getVersion() });

  openWindow();
  openedFiles.open(openedFilesFromArgv(process.argv.slice(1), process.cwd()));
  openedFiles.startImporting((files) => void importOpenedFiles(library, files));
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}

function openWindow(): void {
  const window = createMainWindow(preloadPath);
  closeGuard?.guard(window);
  // A page that loads again (View → Reload) or goes has no article open until it says so.
  window.webContents.on('did-navigate', () => setArticleOpen(false));
  window.on('closed', () => setArticleOpen(false));
}

/** The menu in the library's language, its editor-only items enabled while an article is open. */
function refreshMenu(language: Language | undefined = opened?.library.settings.language()): void {
  if (language) installMenu(language, sendMenuCommand, articleOpen);
}

function setArticleOpen(open: boolean): void {
  if (open === articleOpen) return;
  articleOpen = open;
  refreshMenu();
}

function assertRendererBuilt(): void {
  const index = path.join(rendererDir, 'index.html');
  if (!fs.existsSync(index)) throw new Error(`the renderer is not built (${index} is missing); run npm run build`);
}

function sendMenuCommand(command: MenuCommand): void {
  const target = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  // With no window (macOS, all closed) a fresh one opens on the library, which is where any command starts.
  if (!target) {
    openWindow();
    return;
  }
  if (opened && runBackupMenuCommand(command, opened.dispatch, () => createTranslator(opened!.library.settings.language()))) return;
  if (command === 'importArticle' && opened) {
    void importThroughDialog(opened.dispatch, target);
    return;
  }
  sendEvent(target.webContents, 'menuCommand', command);
}

function focusOrOpenWindow(): void {
  const window = BrowserWindow.getAllWindows()[0];
  if (!window) {
    if (app.isReady()) openWindow();
    return;
  }
  if (window.isMinimized()) window.restore();
  window.focus();
}

/** Before the library is open (its language setting may be what is damaged): the system's. */
function systemLanguage() {
  return languageFromLocales([process.env.NEWSDESK_LANG ?? '', ...app.getPreferredSystemLanguages()]);
}

function failStartup(error: unknown): void {
  const t = createTranslator(systemLanguage());
  const message = startupFailureMessage(t, error);
  console.error(message);
  dialog.showErrorBox(productName, message);
  app.exit(1);
}
