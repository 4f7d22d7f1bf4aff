// One table implements the whole contract over the services. Both transports (Electron IPC and loopback)
// serve this same table, and tests call it directly.
import type { Api } from '../contract/api';
import type { ContractOutput, ParsedInput } from '../contract/defineContract';
import type { Language } from '../common/i18n/languages';
import { importArticle } from '../import/importArticle';
import type { Library } from '../store/library';
import { writeTransaction } from '../store/writeTransaction';
import { adoptFigureText } from '../photos/adoptFigureText';
import { createPhotoHandlers, type ChoosePhotoFiles } from './photoHandlers';
import { createExportHandlers, type ExportShell } from './exportHandlers';
import { discardUntouchedArticle } from './discardUntouchedArticle';
import { importArticlesFromDialog, type ChooseArticleFiles } from './articleDialogImport';

export type HandlerTable = {
  [K in keyof Api]: (input: ParsedInput<Api[K]>) => ContractOutput<Api[K]> | Promise<ContractOutput<Api[K]>>;
};

export interface HandlerContext extends ExportShell {
  library: Library;
  /** The shell re-translates what it owns (the native menu) when the reader switches language. */
  onLanguageChanged?: (language: Language) => void;
  /** The shell's native open dialog for photos; without it (the browser harness) photos arrive as bytes. */
  choosePhotoFiles?: ChoosePhotoFiles;
  /** The shell's native open dialog for article files (File → Import…). */
  chooseArticleFiles?: ChooseArticleFiles;
}

export function createHandlerTable({ library, onLanguageChanged, choosePhotoFiles, chooseArticleFiles, ...exportShell }: HandlerContext): HandlerTable {
  return {
    listArticles: () => library.articles.list(),
    createArticle: ({ headline }) => library.articles.create({ headline }),
    getArticle: ({ id }) => library.articles.get(id),
    updateArticle: ({ id, ...changes }) =>
      writeTransaction(library.db, () => {
        const summary = library.articles.update(id, changes);
        if (changes.body) adoptFigureText(library.photos, changes.body);
        return summary;
      }),
    setArticleStatus: ({ id, status }) => library.articles.setStatus(id, status),
    importArticle: ({ fileName, text, bytes }) => importArticle(library, { fileName, content: text ?? Buffer.from(bytes ?? '', 'base64') }),
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
    ...createPhotoHandlers(library, choosePhotoFiles),
    ...createExportHandlers(library, exportShell),
  };
}
