import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { MenuCommand } from '../../contract/events';
import { createTranslator } from '../../common/i18n/catalog';
import type { Language } from '../../common/i18n/languages';
import { buildMenuTemplate } from '../../electron/menuTemplate';

type Item = MenuItemConstructorOptions;

function build(options: { language?: Language; platform?: NodeJS.Platform; isPackaged?: boolean; sendCommand?: (command: MenuCommand) => void; articleOpen?: boolean }) {
  return buildMenuTemplate({
    t: createTranslator(options.language ?? 'en'),
    platform: options.platform ?? 'linux',
    isPackaged: options.isPackaged ?? false,
    appName: 'Newsdesk',
    sendCommand: options.sendCommand ?? (() => {}),
    articleOpen: options.articleOpen,
  });
}

const submenu = (item: Item | undefined): Item[] => (item?.submenu ?? []) as Item[];
const roles = (item: Item | undefined) => submenu(item).filter((entry) => entry.type !== 'separator').map((entry) => entry.role ?? entry.label);

function click(item: Item | undefined) {
  (item?.click as unknown as () => void)();
}

describe('buildMenuTemplate', () => {
  it('has File, Edit, View, Window and Help, in English by default', () => {
    const menu = build({});
    expect(menu.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(roles(menu[0])).toEqual(['New Article', 'Import…', 'Export…', 'Library', 'Update from File…', 'Back Up Library…', 'close', 'quit']);
    expect(roles(menu[1])).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'pasteAndMatchStyle', 'selectAll']);
    expect(roles(menu[2])).toEqual(['reload', 'toggleDevTools', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    expect(roles(menu[3])).toEqual(['minimize', 'zoom', 'close']);
    expect(roles(menu[4])).toEqual(['Restore from Backup…', 'about']);
  });

  it('labels every item, roles included, from the catalog', () => {
    const vietnamese = build({ language: 'vi' });
    expect(vietnamese.map((item) => item.label)).toEqual(['Tệp', 'Sửa', 'Xem', 'Cửa sổ', 'Trợ giúp']);
    expect(submenu(vietnamese[1]).find((item) => item.role === 'paste')?.label).toBe('Dán');
    for (const top of vietnamese) {
      for (const item of submenu(top)) if (item.type !== 'separator') expect(item.label, `${item.role}`).toBeTruthy();
    }
  });

  it('sends menu commands: CmdOrCtrl+N new article, CmdOrCtrl+O import, CmdOrCtrl+E export', () => {
    const sendCommand = vi.fn();
    const [file] = build({ sendCommand });
    const [newArticle, importArticle, exportArticle, library] = submenu(file);
    expect(newArticle?.accelerator).toBe('CmdOrCtrl+N');
    expect(importArticle?.accelerator).toBe('CmdOrCtrl+O');
    expect(exportArticle?.accelerator).toBe('CmdOrCtrl+E');
    click(newArticle);
    click(importArticle);
    click(exportArticle);
    click(library);
    expect(sendCommand.mock.calls).toEqual([['newArticle'], ['importArticle'], ['exportArticle'], ['showLibrary']]);
  });

  it('sends Update from File… (the editor asks the shell for the file)', () => {
    const sendCommand = vi.fn();
    const [file] = build({ sendCommand });
    const update = submenu(file).find((item) => item.label === 'Update from File…');
    click(update);
    expect(sendCommand.mock.calls).toEqual([['updateFromFile']]);
  });

  it('disables Export… and Update from File… while no article is open (they act on the open one), nothing else', () => {
    const enabled = (articleOpen?: boolean) =>
      Object.fromEntries(submenu(build({ articleOpen })[0]).filter((item) => item.label).map((item) => [item.label, item.enabled ?? true]));
    const editorOnly = ['Export…', 'Update from File…'];
    for (const [label, on] of Object.entries(enabled())) expect({ label, on }).toEqual({ label, on: !editorOnly.includes(label) });
    for (const [label, on] of Object.entries(enabled(false))) expect({ label, on }).toEqual({ label, on: !editorOnly.includes(label) });
    for (const [label, on] of Object.entries(enabled(true))) expect({ label, on }).toEqual({ label, on: true });
    expect(Object.keys(enabled())).toEqual(expect.arrayContaining([...editorOnly, 'New Article', 'Import…', 'Library', 'Back Up Library…']));
  });

  it('sends Back Up Library… (File) and Restore from Backup… (Help) for the shell to run with its own dialogs', () => {
    const sendCommand = vi.fn();
    const menu = build({ sendCommand, language: 'vi' });
    const backUp = submenu(menu[0]).find((item) => item.label === 'Sao lưu thư viện…');
    const restore = submenu(menu[4]).find((item) => item.label === 'Khôi phục từ bản sao lưu…');
    click(backUp);
    click(restore);
    expect(sendCommand.mock.calls).toEqual([['backUpLibrary'], ['restoreFromBackup']]);
  });

  it('leaves developer tools out of the packaged app', () => {
    expect(roles(build({ isPackaged: true })[2])).not.toContain('toggleDevTools');
  });

  it('adds the macOS application menu and keeps Quit there', () => {
    const menu = build({ platform: 'darwin' });
    expect(menu[0]?.label).toBe('Newsdesk');
    expect(roles(menu[0])).toEqual(['about', 'hide', 'hideOthers', 'unhide', 'quit']);
    expect(roles(menu[1])).not.toContain('quit');
    const windowMenu = menu.find((item) => item.label === 'Window');
    expect(windowMenu?.role).toBe('window');
    expect(roles(windowMenu)).toEqual(['minimize', 'zoom', 'front', 'close']);
  });
});
