// The outbox's ports over the library and the export service: the composition point, so the rest of outbox/
// never sees the whole Library.
import type { Library } from '../library/openLibrary';
import { buildExportDocument } from '../export/documentTree/buildExportDocument';
import { exportArticleTo } from '../export/exportArticleTo';
import { storePhotoSource } from '../export/photos/exportPhotoSource';
import { resolvePhotos } from '../export/photos/resolvePhotos';
import { exportPlainText } from '../export/plainText/exportPlainText';
import type { ArticleSnapshotSource, ExportPackageWriter } from '../outbox/outboxPorts';
import { writeTransaction } from '../store/writeTransaction';

export function librarySnapshotSource(library: Library): ArticleSnapshotSource {
  return {
    // One transaction: the revision and the text the item carries are the same read of the article.
    freeze: (id, destinationName) =>
      writeTransaction(library.db, () => {
        library.articles.recordFiled(id, destinationName);
        const newest = library.revisions.list(id).at(-1)!;
        return { article: library.articles.get(id), revision: newest.revision };
      }),
    markFiled: (id) => {
      library.articles.setStatus(id, 'filed');
    },
  };
}

export function libraryPackageWriter(library: Library): ExportPackageWriter {
  return {
    document: async (article) => buildExportDocument(article, await resolvePhotos(article.body, storePhotoSource(library.photos))),
    plainText: (article) => exportPlainText(article),
    write: async (article, format, target, signal) => {
      const result = await exportArticleTo(library, article.id, { format, ...target, photoSize: 'display' }, { article, signal });
      return result.path;
    },
  };
}
