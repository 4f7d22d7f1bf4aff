// Which photos an article's body uses, in order of appearance: rewritten from the body's figures inside the
// same transaction as every save, so the photo store can ask "is this photo used anywhere" with one indexed
// lookup. A figure whose photo id is not in the store (none yet, or a stale id) links nothing and never
// blocks the save. The only writer of article_photos: the article store syncs through it (as its
// ArticleBodyLinks port), the photo store holds new photos for an article through it.
import type { Database } from 'better-sqlite3';
import { documentFigures } from '../common/text/documentText';
import type { DocNode } from '../contract/schemas/document';
import type { ArticleBodyLinks } from '../store/articleFollowers';

export class ArticlePhotoLinks implements ArticleBodyLinks {
  private readonly statements;

  constructor(db: Database) {
    this.statements = {
      clear: db.prepare<[number]>('DELETE FROM article_photos WHERE article_id = ?'),
      link: db.prepare<[number, number, number, number]>(
        'INSERT INTO article_photos (article_id, photo_id, position) SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM photos WHERE id = ?)',
      ),
      // After the article's last link, unless it already links the photo (or was deleted meanwhile).
      hold: db.prepare<{ article: number; photo: number }>(`
        INSERT INTO article_photos (article_id, photo_id, position)
        SELECT @article, @photo, (SELECT coalesce(max(position), -1) + 1 FROM article_photos WHERE article_id = @article)
        WHERE EXISTS (SELECT 1 FROM articles WHERE id = @article)
          AND NOT EXISTS (SELECT 1 FROM article_photos WHERE article_id = @article AND photo_id = @photo)`),
    };
  }

  /** A photo just imported for an article is linked to it until the article's next save says otherwise. */
  hold(articleId: number, photoId: number): void {
    this.statements.hold.run({ article: articleId, photo: photoId });
  }

  /** Call inside the transaction that writes the body. */
  sync(articleId: number, body: DocNode): void {
    this.statements.clear.run(articleId);
    documentFigures(body).forEach((figure, position) => {
      if (figure.photoId !== null) this.statements.link.run(articleId, figure.photoId, position, figure.photoId);
    });
  }
}
