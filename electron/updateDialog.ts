// File → Update from File… and the editor's "Update from file…": the shell's own open dialog chooses the one
// corrected file (the only way its path reaches the main process); the handler table reads and applies it.
import { BrowserWindow, dialog } from 'electron';
import { articleImportExtensions } from '../contract/schemas/articleImport';
import { createTranslator } from '../common/i18n/catalog';
import type { ChooseUpdateFile } from '../handlers/revisionHandlers';
import type { Library } from '../library/openLibrary';

export function updateFileChooser(library: Library): ChooseUpdateFile {
  return async () => {
    const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
    const t = createTranslator(library.settings.language());
    const options = {
      title: t('menu.updateFromFile'),
      properties: ['openFile'] as Array<'openFile'>,
      filters: [{ name: t('library.importFormats'), extensions: articleImportExtensions.map((extension) => extension.slice(1)) }],
    };
    const { canceled, filePaths } = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    return canceled ? undefined : filePaths[0];
  };
}
