// The shell's own open dialog for photos (Insert photo, Add photo): the only way a path reaches the photo
// store from the app. A cancelled dialog chooses nothing.
import { BrowserWindow, dialog } from 'electron';
import { createTranslator } from '../common/i18n/catalog';
import type { Library } from '../library/openLibrary';

export const photoExtensions = ['jpg', 'jpeg', 'png', 'webp', 'tif', 'tiff', 'avif', 'heic', 'heif'];

export function photoChooser(library: Library): () => Promise<string[]> {
  return async () => {
    const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
    const t = createTranslator(library.settings.language());
    const options = {
      title: t('toolbar.insertPhoto'),
      properties: ['openFile', 'multiSelections'] as Array<'openFile' | 'multiSelections'>,
      filters: [{ name: t('photoPanel.panel'), extensions: photoExtensions }],
    };
    const { canceled, filePaths } = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    return canceled ? [] : filePaths;
  };
}
