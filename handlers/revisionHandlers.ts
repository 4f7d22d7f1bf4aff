// The history calls: list, read and compare revisions, revert, save a labelled version, update from a file.
// Restored or replaced content goes through the same save as an edit, so a figure's caption and credit become
// its photo's own here too.
import type { Library } from '../library/openLibrary';
import { writeTransaction } from '../store/writeTransaction';
import { adoptFigureText } from '../photos/adoptFigureText';
import { revertArticle } from '../revisions/revertArticle';
import { updateArticleFromFile } from '../import/updateFromFile';
import type { HandlerTable } from './handlerTypes';

type RevisionHandlers = Pick<
  HandlerTable,
  'listRevisions' | 'getRevision' | 'diffRevisions' | 'revertArticle' | 'saveVersion' | 'updateArticleFromFile'
>;

export function createRevisionHandlers(library: Library): RevisionHandlers {
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
    updateArticleFromFile: async ({ id, baseVersion, fileName, text, bytes }) => {
      const article = await updateArticleFromFile(library, id, { fileName, content: text ?? Buffer.from(bytes ?? '', 'base64') }, baseVersion);
      writeTransaction(library.db, () => adoptFigureText(library.photos, article.body));
      return article;
    },
  };
}
