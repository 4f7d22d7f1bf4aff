// The history calls: list, read and compare revisions, revert, save a labelled version, update from a file.
// Restored or replaced content goes through the same save as an edit, so a figure's caption and credit become
// its photo's own here too. A file to update from comes as bytes from the page, or from the shell's own open
// dialog (Electron): never as a path the page named.
import path from 'node:path';
import { NewsdeskError } from '../common/errors/newsdeskError';
import type { Library } from '../library/openLibrary';
import { writeTransaction } from '../store/writeTransaction';
import { adoptFigureText } from '../photos/adoptFigureText';
import { revertArticle } from '../revisions/revertArticle';
import { readArticleFile } from '../import/importArticleFile';
import { updateArticleFromFileReported } from '../import/updateFromFile';
import type { ImportSource } from '../import/importArticle';
import type { HandlerTable } from './handlerTypes';

type RevisionHandlers = Pick<
  HandlerTable,
  'listRevisions' | 'getRevision' | 'diffRevisions' | 'revertArticle' | 'saveVersion' | 'updateArticleFromFile' | 'updateArticleFromDialog'
>;

/** The shell's native open dialog for one article file: its path, or undefined when the reporter cancelled. */
export type ChooseUpdateFile = () => Promise<string | undefined>;

export function createRevisionHandlers(library: Library, chooseUpdateFile?: ChooseUpdateFile): RevisionHandlers {
  const update = async (id: number, source: ImportSource, baseVersion: number | undefined) => {
    const { article, report } = await updateArticleFromFileReported(library, id, source, baseVersion);
    writeTransaction(library.db, () => adoptFigureText(library.photos, article.body));
    return { ...article, importReport: report };
  };
  return {
    listRevisions: ({ id }) => library.revisions.list(id),
    getRevision: ({ id, revision }) => library.revisions.get(id, revision),
    diffRevisions: ({ id, from, to }) => library.revisions.diff(id, from, to),
    revertArticle: (input) =>
      writeTransaction(library.db, () => {
        const article = revertArticle(library.articles, library.revisions, input);
        adoptFigureText(library.photos, article.body);
        return article;
      }),
    saveVersion: ({ id, label }) => {
      library.articles.saveVersion(id, label);
      return library.revisions.list(id).at(-1)!;
    },
    updateArticleFromFile: ({ id, baseVersion, fileName, text, bytes }) =>
      update(id, { fileName, content: text ?? Buffer.from(bytes ?? '', 'base64') }, baseVersion),
    updateArticleFromDialog: async ({ id, baseVersion }) => {
      if (!chooseUpdateFile) throw new NewsdeskError('importDialogUnavailable');
      // A missing or trashed article is refused before the dialog opens.
      library.articles.get(id);
      const filePath = await chooseUpdateFile();
      if (filePath === undefined) return null;
      const fileName = path.basename(filePath);
      return { ...(await update(id, { fileName, content: await readArticleFile(filePath, fileName) }, baseVersion)), fileName };
    },
  };
}
