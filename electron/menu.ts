// Installs the application menu in the reader's language; called again whenever the language changes.
import { app, Menu } from 'electron';
import type { MenuCommand } from '../contract/events';
import { createTranslator } from '../common/i18n/catalog';
import type { Language } from '../common/i18n/languages';
import { buildMenuTemplate } from './menuTemplate';

export function installMenu(language: Language, sendCommand: (command: MenuCommand) => void): void {
  const template = buildMenuTemplate({
    t: createTranslator(language),
    platform: process.platform,
    isPackaged: app.isPackaged,
    appName: app.name,
    sendCommand,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
