// File → Import…: the shell's own open dialog (a menu click is no user gesture in the page, so the page
// could not open a file chooser itself). Paths come only from this dialog; the import service reads them.
import path from 'node:path';
import { dialog, type BrowserWindow } from 'electron';
import { articlesImportedChannel, type ArticlesImported } from '../contract/api';
import { articleImportExtensions } from '../contract/schemas/articleImport';
import { translateError, type Translate } from '../common/i18n/catalog';
import { isNewsdeskError } from '../common/errors/newsdeskError';
import { importArticleFile } from '../import/importArticleFile';
import type { Library } from '../library/openLibrary';

export async function importArticlesFromDialog(window: BrowserWindow, library: Library, t: Translate): Promise<void> {
  const { canceled, filePaths } = await dialog.showOpenDialog(window, {
    title: t('menu.importArticle'),
    properties: ['openFile', 'multiSelections'],
    filters: [{ name: t('library.importFormats'), extensions: articleImportExtensions.map((extension) => extension.slice(1)) }],
  });
  if (canceled || filePaths.length === 0) return;
  const imported: ArticlesImported = { ids: [], errors: [] };
  for (const filePath of filePaths) {
    try {
      imported.ids.push((await importArticleFile(library, filePath, path.basename(filePath))).id);
    } catch (error) {
      imported.errors.push(
        isNewsdeskError(error) ? translateError(t, error.code, error.params) : translateError(t, 'internal', { detail: String(error) }),
      );
    }
  }
  window.webContents.send(articlesImportedChannel, imported);
}
