// File → Import…: the shell's own open dialog (a menu click is no user gesture in the page, so the page
// could not open a file chooser itself). Paths come only from this dialog; the handler table imports them.
import { BrowserWindow, dialog } from 'electron';
import { api } from '../contract/api';
import { articleImportExtensions, type ArticlesImported } from '../contract/schemas/articleImport';
import { createTranslator } from '../common/i18n/catalog';
import { importArticlesFromDialog, type ChooseArticleFiles } from '../handlers/articleDialogImport';
import type { Dispatch } from '../handlers/dispatch';
import type { Library } from '../library/openLibrary';
import { sendEvent } from './sendEvent';

export function articleChooser(library: Library): ChooseArticleFiles {
  return async () => {
    const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
    const t = createTranslator(library.settings.language());
    const options = {
      title: t('menu.importArticle'),
      properties: ['openFile', 'multiSelections'] as Array<'openFile' | 'multiSelections'>,
      filters: [{ name: t('library.importFormats'), extensions: articleImportExtensions.map((extension) => extension.slice(1)) }],
    };
    const { canceled, filePaths } = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    return canceled ? [] : filePaths;
  };
}

/**
 * File → Import…: the same call the page could make, through the dispatch and so the handler table; the
 * outcome is pushed to the window (nothing when the reporter cancelled the dialog). Errors travel as codes:
 * the page words them in its current language, and again when the reader switches.
 */
export async function importThroughDialog(dispatch: Dispatch, window: BrowserWindow): Promise<void> {
  const reply = await dispatch(api.importArticlesFromDialog.channel, {});
  const imported: ArticlesImported = reply.ok
    ? api.importArticlesFromDialog.output.parse(reply.value)
    : { ids: [], errors: [{ code: reply.error.code, params: reply.error.params }] };
  if (imported.ids.length + imported.errors.length > 0) sendEvent(window.webContents, 'articlesImported', imported);
}

/**
 * Files the system asked us to open (electron/openedFiles.ts): imported by the same handler as the dialog's
 * choice, the outcome pushed to the window once its page has loaded.
 */
export async function importOpenedFiles(library: Library, files: string[]): Promise<void> {
  const imported: ArticlesImported = await importArticlesFromDialog(library, async () => files).catch((error: unknown) => ({
    ids: [],
    errors: [{ code: 'internal' as const, params: { detail: String(error) } }],
  }));
  const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  if (!window) return;
  const send = () => sendEvent(window.webContents, 'articlesImported', imported);
  if (window.webContents.isLoading()) window.webContents.once('did-finish-load', send);
  else send();
}
