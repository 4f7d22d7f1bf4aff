// Installs the application menu in the reader's language; called again whenever the language changes, and when
// the page opens or leaves an article (the editor-only items follow).
import { app, Menu } from 'electron';
import type { MenuCommand } from '../contract/events';
import { createTranslator } from '../common/i18n/catalog';
import type { Language } from '../common/i18n/languages';
import { buildMenuTemplate } from './menuTemplate';

export function installMenu(language: Language, sendCommand: (command: MenuCommand) => void, articleOpen: boolean): void {
  const template = buildMenuTemplate({
    t: createTranslator(language),
    platform: process.platform,
    isPackaged: app.isPackaged,
    appName: app.name,
    sendCommand,
    articleOpen,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
