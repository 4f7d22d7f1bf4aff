// The photo calls of the contract, over the library's photo store. Paths never come from the renderer: it
// sends bytes, or asks the shell's own dialog (when the shell gave one) to choose files.
import { createTranslator, translateError } from '../common/i18n/catalog';
import { NewsdeskError } from '../common/errors/newsdeskError';
import type { PhotoImportResult } from '../contract/schemas/photo';
import type { ImportOutcome } from '../photos/photoStore';
import type { Library } from '../library/openLibrary';
import type { HandlerTable } from './handlerTypes';

export type PhotoHandlers = Pick<HandlerTable, 'importPhotoBytes' | 'importPhotosFromDialog' | 'listArticlePhotos' | 'getPhotos' | 'updatePhoto' | 'removeUnusedPhotos'>;

/** The shell's native open dialog: the chosen paths, or none when the reporter cancelled. */
export type ChoosePhotoFiles = () => Promise<string[]>;

const english = createTranslator('en');

export function createPhotoHandlers(library: Library, choosePhotoFiles?: ChoosePhotoFiles): PhotoHandlers {
  return {
    importPhotoBytes: async ({ articleId, files }) => {
      const sources = files.map((file) => ({ name: file.name, bytes: Buffer.from(file.bytes, 'base64') }));
      return { results: (await library.photos.importPhotos(sources, { articleId })).map(toResult) };
    },
    importPhotosFromDialog: async ({ articleId }) => {
      if (!choosePhotoFiles) throw new NewsdeskError('photoDialogUnavailable');
      if (articleId !== undefined) library.articles.get(articleId);
      const paths = await choosePhotoFiles();
      return { results: (await library.photos.importPhotos(paths, { articleId })).map(toResult) };
    },
    listArticlePhotos: ({ articleId }) => library.photos.listOfArticle(articleId),
    getPhotos: ({ ids }) => library.photos.getMany(ids),
    updatePhoto: ({ id, ...changes }) => library.photos.update(id, changes),
    removeUnusedPhotos: () => library.photos.removeUnreferenced(),
  };
}

/** A refused file travels like any error: code and params for the UI, English for logs. */
function toResult(outcome: ImportOutcome): PhotoImportResult {
  if (outcome.ok) return outcome;
  const { code, params } = outcome.error;
  return { ok: false, name: outcome.name, error: { code, params, message: translateError(english, code, params) } };
}
