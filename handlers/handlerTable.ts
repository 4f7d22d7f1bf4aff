// One table implements the whole contract over the services. Both transports (Electron IPC and loopback)
// serve this same table, and tests call it directly.
import type { Language } from '../common/i18n/languages';
import { importArticleReported } from '../import/importArticle';
import type { Library } from '../library/openLibrary';
import { writeTransaction } from '../store/writeTransaction';
import { createBackupHandlers, type BackupShell } from './backupHandlers';
import { adoptFigureText } from '../photos/adoptFigureText';
import { createPhotoHandlers, type ChoosePhotoFiles } from './photoHandlers';
import { createExportHandlers, type ExportShell } from './exportHandlers';
import { discardUntouchedArticle } from './discardUntouchedArticle';
import { importArticlesFromDialog, type ChooseArticleFiles } from './articleDialogImport';
import { createDraftHandlers, type CloseHold } from './draftHandlers';
import type { ArticleChanges } from '../contract/schemas/article';
import type { SaveOptions } from '../store/articleStore';
import type { HandlerTable } from './handlerTypes';
import { libraryOutbox } from '../library/libraryOutbox';
import { envSecretVault } from '../outbox/secrets/secretVault';
import { createOutboxHandlers, type OutboxShell } from './outboxHandlers';
import { createRevisionHandlers, type ChooseUpdateFile } from './revisionHandlers';
import { createSpellingHandlers } from './spellingHandlers';

export type { HandlerTable };

export interface HandlerContext extends ExportShell {
  library: Library;
  /** The shell re-translates what it owns (the native menu) when the reader switches language. */
  onLanguageChanged?: (language: Language) => void;
  /** The shell enables the menu's editor-only items while the page has an article open. */
  onArticleOpenChanged?: (open: boolean) => void;
  /** The shell's native open dialog for photos; without it (the browser harness) photos arrive as bytes. */
  choosePhotoFiles?: ChoosePhotoFiles;
  /** The shell's native open dialog for article files (File → Import…). */
  chooseArticleFiles?: ChooseArticleFiles;
  /** The shell's native open dialog for the one file an article is updated from (File → Update from File…). */
  chooseUpdateFile?: ChooseUpdateFile;
  /** The outbox with the shell's vault (safeStorage) and its background sender; else one reading secrets from the environment. */
  outbox?: OutboxShell;
  /** The shell's hold on a closing window while the renderer saves (electron/closeGuard.ts). */
  closeHold?: CloseHold;
  /** The shell's folder and file dialogs for backups and restore, its progress pushes and the library switch. */
  backup?: BackupShell;
}

export function createHandlerTable({ library, onLanguageChanged, onArticleOpenChanged, choosePhotoFiles, chooseArticleFiles, chooseUpdateFile, outbox, closeHold, backup, ...exportShell }: HandlerContext): HandlerTable {
  // Every save of an article's text: the store (with its stale-save check), then the photos' captions.
  const saveArticle = (id: number, changes: ArticleChanges, options: SaveOptions = {}) =>
    writeTransaction(library.db, () => {
      const summary = library.articles.update(id, changes, options);
      if (changes.body) adoptFigureText(library.photos, changes.body);
      return summary;
    });
  return {
    listArticles: () => library.articles.list(),
    createArticle: ({ headline }) => library.articles.create({ headline }),
    getArticle: ({ id }) => library.articles.get(id),
    updateArticle: ({ id, baseVersion, sealPrevious, ...changes }) => saveArticle(id, changes, { baseVersion, sealPrevious }),
    setArticleStatus: ({ id, status }) => library.articles.setStatus(id, status),
    importArticle: async ({ fileName, text, bytes }) => {
      const { article, report } = await importArticleReported(library, { fileName, content: text ?? Buffer.from(bytes ?? '', 'base64') });
      return { ...article, importReport: report };
    },
    importArticlesFromDialog: () => importArticlesFromDialog(library, chooseArticleFiles),
    deleteArticle: ({ id }) => {
      library.articles.delete(id);
      return { id };
    },
    restoreArticle: ({ id }) => library.articles.restore(id),
    discardUntouchedArticle: ({ id }) => discardUntouchedArticle(library, id),
    emptyTrash: () => ({ deleted: library.articles.emptyTrash() }),
    queryArticles: (query) => library.queries.page(query),
    listSections: () => library.queries.sections(),
    listTags: () => library.queries.tags(),
    searchArticles: ({ query, limit, filters }) => library.search.search({ query, limit, filters }),
    getSettings: () => ({ language: library.settings.language() }),
    setLanguage: ({ language }) => {
      library.settings.setLanguage(language);
      onLanguageChanged?.(language);
      return { language };
    },
    setArticleOpen: ({ open }) => {
      onArticleOpenChanged?.(open);
      return { open };
    },
    getTrashRetention: () => ({ days: library.trash.days() }),
    setTrashRetention: ({ days }) => {
      library.settings.setTrashRetentionDays(days);
      library.trash.purgeExpired();
      return { days };
    },
    ...createDraftHandlers(library, saveArticle, closeHold),
    ...createPhotoHandlers(library, choosePhotoFiles),
    ...createExportHandlers(library, exportShell),
    ...createOutboxHandlers(outbox ?? { outbox: libraryOutbox(library, envSecretVault()), secrets: envSecretVault() }),
    ...createRevisionHandlers(library, chooseUpdateFile),
    ...createSpellingHandlers(library),
    ...createBackupHandlers(library, backup),
  };
}
