// The native menu as data: standard roles (so the OS and Chromium do the work) with labels from the shared
// catalog, so the menu follows the reader's language like the rest of the app. No Electron import: testable.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../contract/events';
import type { Translate } from '../common/i18n/catalog';

export interface MenuOptions {
  t: Translate;
  platform: NodeJS.Platform;
  /** Developer tools stay out of the shipped app's menu. */
  isPackaged: boolean;
  appName: string;
  sendCommand: (command: MenuCommand) => void;
  /** Whether the window's page has an article open: the editor-only items are disabled otherwise. */
  articleOpen?: boolean;
}

type Item = MenuItemConstructorOptions;
const separator: Item = { type: 'separator' };

export function buildMenuTemplate({ t, platform, isPackaged, appName, sendCommand, articleOpen = false }: MenuOptions): Item[] {
  const mac = platform === 'darwin';

  const appMenu: Item = {
    label: appName,
    submenu: [
      { role: 'about', label: t('menu.about') },
      separator,
      { role: 'hide', label: t('menu.hide') },
      { role: 'hideOthers', label: t('menu.hideOthers') },
      { role: 'unhide', label: t('menu.unhide') },
      separator,
      { role: 'quit', label: t('menu.quit') },
    ],
  };

  const fileMenu: Item = {
    label: t('menu.file'),
    submenu: [
      { label: t('menu.newArticle'), accelerator: 'CmdOrCtrl+N', click: () => sendCommand('newArticle') },
      { label: t('menu.importArticle'), accelerator: 'CmdOrCtrl+O', click: () => sendCommand('importArticle') },
      // Export and Update from File act on the open article: with none, they would do nothing.
      { label: t('menu.exportArticle'), accelerator: 'CmdOrCtrl+E', enabled: articleOpen, click: () => sendCommand('exportArticle') },
      { label: t('menu.showLibrary'), click: () => sendCommand('showLibrary') },
      { label: t('menu.updateFromFile'), enabled: articleOpen, click: () => sendCommand('updateFromFile') },
      { label: t('menu.backUpLibrary'), click: () => sendCommand('backUpLibrary') },
      separator,
      { role: 'close', label: t('menu.close') },
      // macOS keeps Quit in the application menu.
      ...(mac ? [] : [{ role: 'quit', label: t('menu.quit') } satisfies Item]),
    ],
  };

  const editMenu: Item = {
    label: t('menu.edit'),
    submenu: [
      { role: 'undo', label: t('menu.undo') },
      { role: 'redo', label: t('menu.redo') },
      separator,
      { role: 'cut', label: t('menu.cut') },
      { role: 'copy', label: t('menu.copy') },
      { role: 'paste', label: t('menu.paste') },
      { role: 'pasteAndMatchStyle', label: t('menu.pasteAndMatchStyle') },
      { role: 'selectAll', label: t('menu.selectAll') },
    ],
  };

  const viewMenu: Item = {
    label: t('menu.view'),
    submenu: [
      { role: 'reload', label: t('menu.reload') },
      ...(isPackaged ? [] : [{ role: 'toggleDevTools', label: t('menu.toggleDevTools') } satisfies Item]),
      separator,
      { role: 'resetZoom', label: t('menu.resetZoom') },
      { role: 'zoomIn', label: t('menu.zoomIn') },
      { role: 'zoomOut', label: t('menu.zoomOut') },
      separator,
      { role: 'togglefullscreen', label: t('menu.toggleFullScreen') },
    ],
  };

  const windowMenu: Item = {
    label: t('menu.window'),
    // On macOS the 'window' role also lists the open windows in this menu.
    role: mac ? 'window' : undefined,
    submenu: [
      { role: 'minimize', label: t('menu.minimize') },
      { role: 'zoom', label: t('menu.zoom') },
      ...(mac ? [separator, { role: 'front', label: t('menu.front') } satisfies Item] : []),
      separator,
      { role: 'close', label: t('menu.close') },
    ],
  };

  const helpMenu: Item = {
    label: t('menu.help'),
    role: mac ? 'help' : undefined,
    submenu: [{ label: t('menu.restoreFromBackup'), click: () => sendCommand('restoreFromBackup') }, separator, { role: 'about', label: t('menu.about') }],
  };

  return [...(mac ? [appMenu] : []), fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}
