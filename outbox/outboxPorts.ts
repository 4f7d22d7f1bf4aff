// What the outbox needs from the rest of Newsdesk, as narrow ports: the article to freeze (as a revision) and to mark filed,
// and the export that turns a frozen article into the files a newsroom receives. library/outboxPorts.ts implements
// them over the library and the export service; tests may give their own.
import type { Article } from '../contract/schemas/article';
import type { ExportDocument } from '../export/documentTree/exportDocument';

/** An article frozen for filing: as it is now, and the revision of its history that holds that text. */
export interface FrozenArticle {
  article: Article;
  revision: number;
}

export interface ArticleSnapshotSource {
  /**
   * The article as it is now, recorded as a revision of its history (reason 'filed', labelled with the
   * destination), to be frozen into the queue item: later typing never changes what the item sends.
   */
  freeze(id: number, destinationName: string): FrozenArticle;
  /** Delivered: the article's status becomes "filed", through the same path as the status menu. */
  markFiled(id: number): void;
}

export type PackageFormat = 'zip' | 'ninjs' | 'docx';

export interface ExportPackageWriter {
  /** The export document of the frozen article: its metadata, blocks, and photos with their files. */
  document(article: Article): Promise<ExportDocument>;
  /** The frozen article as plain text (headline, sapo, body, captions), for a mail's own body. */
  plainText(article: Article): string;
  /**
   * Writes one format of the frozen article: to `outPath` exactly, or into `outDir` under its slug. Whole or
   * not at all (staged, then moved into place). Returns the main file's path.
   */
  write(article: Article, format: PackageFormat, target: { outPath?: string; outDir?: string; embedPhotos?: boolean }, signal?: AbortSignal): Promise<string>;
}
