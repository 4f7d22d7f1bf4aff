// The outbox's ports over the library and the export service: the composition point, so the rest of outbox/
// never sees the whole Library.
import type { Library } from '../library/openLibrary';
import { buildExportDocument } from '../export/documentTree/buildExportDocument';
import { exportArticleTo } from '../export/exportArticleTo';
import { storePhotoSource } from '../export/photos/exportPhotoSource';
import { resolvePhotos } from '../export/photos/resolvePhotos';
import { exportPlainText } from '../export/plainText/exportPlainText';
import type { ArticleSnapshotSource, ExportPackageWriter } from '../outbox/outboxPorts';

export function librarySnapshotSource(library: Library): ArticleSnapshotSource {
  return {
    current: (id) => library.articles.get(id),
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
