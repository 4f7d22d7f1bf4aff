// The bulk path: generated articles straight into a library, in one transaction with prepared statements,
// instead of ArticleStore.create + update + setStatus per article (which re-reads each article several
// times). Everything derived goes through the same code as a save: the deflated body and word count from the
// same functions, the sort key from the store's headlineKey, the search rows through LibraryIndex.index.
// tests/search/archive.test.ts checks that it yields the same rows and the same index as the store path.
//
// Only single-row INSERT … VALUES statements run between index writes: a statement that may write several
// rows (INSERT … SELECT, DELETE … WHERE) opens a statement savepoint, and FTS5 flushes its pending terms to a
// new segment at every savepoint — one tiny segment per article, and minutes of merging.
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { countWords } from '../../common/text/countText';
import { documentFigures, documentToPlainText } from '../../common/text/documentText';
import { deepNfc } from '../../common/text/nfc';
import type { DocNode } from '../../contract/schemas/document';
import { LibraryIndex } from '../../search/libraryIndex';
import { packBody } from '../../store/articleBody';
import { headlineKey } from '../../store/headlineKey';
import type { ArchiveArticle } from './archiveArticles';

export interface InsertedArchive {
  articles: number;
  photos: number;
  /** UTF-8 bytes of everything search indexes: headlines, sapos, body text, captions, credits, tags. */
  searchableBytes: number;
}

export function insertArchive(db: Database, articles: Iterable<ArchiveArticle>): InsertedArchive {
  const insertArticle = db.prepare(`
    INSERT INTO articles (uuid, language, headline, headline_key, sapo, body, word_count, status, dateline_place,
      dateline_date, credit_role, credit_names, section, created_at, updated_at)
    VALUES (@uuid, 'vi', @headline, @headline_key, @sapo, @body, @word_count, @status, @dateline_place,
      @dateline_date, @credit_role, @credit_names, @section, @created_at, @updated_at)`);
  const insertTag = db.prepare<[number, number, string]>('INSERT INTO article_tags (article_id, position, tag) VALUES (?, ?, ?)');
  const insertStatus = db.prepare<[number, string, string]>('INSERT INTO status_changes (article_id, status, changed_at) VALUES (?, ?, ?)');
  // Photos exist as records without files: enough for captions, credits and links, never opened.
  const insertPhoto = db.prepare(`
    INSERT INTO photos (hash, original_name, mime, bytes, width, height, caption, credit, imported_at)
    VALUES (@hash, @name, 'image/jpeg', @bytes, 1600, 1067, @caption, @credit, @imported_at)`);
  const insertLink = db.prepare<[number, number, number]>('INSERT INTO article_photos (article_id, photo_id, position) VALUES (?, ?, ?)');
  const index = new LibraryIndex(db, -1);

  const totals: InsertedArchive = { articles: 0, photos: 0, searchableBytes: 0 };
  db.transaction(() => {
    for (const generated of articles) {
      const article = deepNfc(generated);
      const body = withPhotoIds(article, (photo) => {
        totals.photos += 1;
        const hash = createHash('sha256').update(`archive photo ${totals.photos}`).digest('hex');
        const name = `anh-${totals.photos}.jpg`;
        return Number(insertPhoto.run({ hash, name, bytes: 200_000 + totals.photos, ...photo, imported_at: article.created }).lastInsertRowid);
      });
      const bodyText = documentToPlainText(body);
      const id = Number(
        insertArticle.run({
          uuid: article.uuid,
          headline: article.headline,
          headline_key: headlineKey(article.headline),
          sapo: article.sapo,
          body: packBody(body),
          word_count: countWords(bodyText),
          status: article.status,
          dateline_place: article.dateline.place,
          dateline_date: article.dateline.date,
          credit_role: article.credit.role,
          credit_names: article.credit.names,
          section: article.section,
          created_at: article.created,
          updated_at: article.updated,
        }).lastInsertRowid,
      );
      article.tags.forEach((tag, position) => insertTag.run(id, position, tag));
      for (const change of article.statusHistory) insertStatus.run(id, change.status, change.at);
      documentFigures(body).forEach((figure, position) => insertLink.run(id, figure.photoId!, position));
      const indexed = { headline: article.headline, sapo: article.sapo, bodyText, body, creditNames: article.credit.names, tags: article.tags };
      index.index(id, indexed);
      totals.articles += 1;
      totals.searchableBytes += searchableBytes(indexed, article.photos);
    }
  })();
  return totals;
}

/** The body with each figure pointing at a new photo record, in order. */
function withPhotoIds(article: ArchiveArticle, addPhoto: (photo: { caption: string; credit: string }) => number): DocNode {
  let next = 0;
  return {
    ...article.body,
    content: article.body.content?.map((node) => {
      if (node.type !== 'figure') return node;
      const photo = article.photos[next++]!;
      return { ...node, attrs: { ...node.attrs, photoId: addPhoto(photo) } };
    }),
  };
}

function searchableBytes(article: { headline: string; sapo: string; bodyText: string; creditNames: string; tags: readonly string[] }, photos: ArchiveArticle['photos']): number {
  const texts = [article.headline, article.sapo, article.bodyText, article.creditNames, ...article.tags, ...photos.flatMap((photo) => [photo.caption, photo.credit])];
  return texts.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0);
}
