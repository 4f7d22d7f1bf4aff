// The managed photo store: originals content-addressed by SHA-256 (the same photo imported twice is stored
// once), derivatives made once, rows in `photos`. An import writes its files first, each whole or not at all,
// and the row last, so the store never holds a row without its files; a refused or failed import leaves no
// file behind. An import of several photos works on two at a time (both cores: a JPEG's decode is one thread's
// work in libvips), which bounds memory to two photos' pipelines; imports and the cleanup run one at a time.
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { NewsdeskError, isNewsdeskError } from '../common/errors/newsdeskError';
import type { Photo, PhotoChanges, PhotoSize } from '../contract/schemas/photo';
import { ArticlePhotoLinks } from './articlePhotoLinks';
import { readsHeic } from './loadSharp';
import { makeDerivatives } from './makeDerivatives';
import { cleanCaption, cleanLine } from './metadata/metadataText';
import { readPhotoMetadata } from './metadata/readPhotoMetadata';
import { inParallel } from './inParallel';
import { photoErrors, systemErrorCode } from './photoErrors';
import { PhotoFolder, commitFile, isTempName, removeQuietly, writeFileAtomic, type DerivativeSize } from './photoFolder';
import { photoColumns, toPhoto, typeOfMime, type NewPhotoRow, type PhotoRow } from './photoRows';
import { openSource, sourceName, type OpenedSource, type PhotoSource } from './photoSource';
import { probeImage } from './probeImage';
import { TurnsByKey, claimsInItemOrder } from './turnsByKey';
import type { PhotoType } from './sniffFormat';
import { writeTransaction } from '../store/writeTransaction';

export interface PhotoLimits {
  /** Decoded size, checked from the header before any decoding: 100 MP takes any camera, refuses pixel bombs. */
  maxPixels: number;
  maxBytes: number;
}

export const defaultPhotoLimits: PhotoLimits = { maxPixels: 100_000_000, maxBytes: 1024 * 1024 * 1024 };

/** Photos of one import decoded at once; `npm run bench -- photoImport` measures 1 against 2. */
export const defaultParallelImports = 2;

export type ImportOutcome = { ok: true; name: string; photo: Photo; duplicate: boolean } | { ok: false; name: string; error: NewsdeskError };

export interface PhotoFile {
  path: string;
  mime: string;
}

const derivativeSizes: readonly DerivativeSize[] = ['display', 'thumb'];
/** Files without a row, or temporary files, younger than this may belong to an import still running. */
const strayGraceMs = 60 * 60 * 1000;

export class PhotoStore {
  private readonly folder: PhotoFolder;
  private readonly statements;
  private readonly links: ArticlePhotoLinks;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly remaking = new Map<string, Promise<void>>();
  /** Imports in flight by hash: the same bytes twice in one import take turns, the earlier first. */
  private readonly importing = new TurnsByKey();

  constructor(
    private readonly db: Database,
    dataDir: string,
    private readonly limits: PhotoLimits = defaultPhotoLimits,
    private readonly parallelImports = defaultParallelImports,
  ) {
    this.folder = new PhotoFolder(dataDir);
    this.links = new ArticlePhotoLinks(db);
    this.statements = {
      byId: db.prepare<[number], PhotoRow>(`SELECT ${photoColumns} FROM photos WHERE id = ?`),
      byHash: db.prepare<[string], PhotoRow>(`SELECT ${photoColumns} FROM photos WHERE hash = ?`),
      byIds: db.prepare<[string], PhotoRow>(`SELECT ${photoColumns} FROM photos WHERE id IN (SELECT value FROM json_each(?))`),
      insert: db.prepare<NewPhotoRow>(`
        INSERT INTO photos (hash, original_name, mime, bytes, width, height, caption, credit, creator, copyright, taken_at, imported_at)
        VALUES (@hash, @original_name, @mime, @bytes, @width, @height, @caption, @credit, @creator, @copyright, @taken_at, @imported_at)
        ON CONFLICT (hash) DO NOTHING`),
      update: db.prepare<[string, string, number]>('UPDATE photos SET caption = ?, credit = ? WHERE id = ?'),
      ofArticle: db.prepare<[number], PhotoRow>(`
        SELECT ${photoColumns} FROM photos
        JOIN (SELECT photo_id, min(position) AS first FROM article_photos WHERE article_id = ? GROUP BY photo_id) AS used
          ON used.photo_id = photos.id
        ORDER BY used.first`),
      isUsed: db.prepare<[number], { used: number }>('SELECT EXISTS (SELECT 1 FROM article_photos WHERE photo_id = ?) AS used'),
      articleExists: db.prepare<[number], { id: number }>('SELECT id FROM articles WHERE id = ?'),
      deleteUnused: db.prepare<[], { id: number; hash: string; mime: string }>(`
        DELETE FROM photos WHERE NOT EXISTS (SELECT 1 FROM article_photos WHERE photo_id = photos.id)
        RETURNING id, hash, mime`),
      hashes: db.prepare<[], { hash: string }>('SELECT hash FROM photos'),
    };
  }

  /**
   * Imports each source on its own: one bad file is reported and the others still import. With an article,
   * the article must exist, and it holds the new photos (so a cleanup keeps them) until its next save says
   * which figures use them.
   */
  async importPhotos(sources: readonly PhotoSource[], options: { articleId?: number } = {}): Promise<ImportOutcome[]> {
    const { articleId } = options;
    if (articleId !== undefined) this.assertArticle(articleId);
    return this.exclusive(async () => {
      const claims = claimsInItemOrder(this.importing);
      // Photos are worked two at a time, but their rows are written in the batch's order, so ids follow it.
      let rowsBefore: Promise<void> = Promise.resolve();
      const outcomes = await inParallel(sources, this.parallelImports, async (source): Promise<ImportOutcome> => {
        const name = sourceName(source);
        const turn = claims.next();
        const earlierRows = rowsBefore;
        let rowDone!: () => void;
        rowsBefore = new Promise<void>((resolve) => (rowDone = resolve));
        try {
          return { ok: true, name, ...(await this.importOne(source, turn.claim, () => earlierRows)) };
        } catch (error) {
          return { ok: false, name, error: asImportError(error, name) };
        } finally {
          turn.done();
          rowDone();
        }
      });
      if (articleId !== undefined) this.hold(articleId, outcomes);
      return outcomes;
    });
  }

  get(id: number): Photo {
    return toPhoto(this.row(id));
  }

  /** The photos with these ids, in the order asked; ids not in the store are left out. */
  getMany(ids: readonly number[]): Photo[] {
    const byId = new Map(this.statements.byIds.all(JSON.stringify(ids)).map((row) => [row.id, toPhoto(row)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** A figure's caption or credit edited in the article becomes the photo's own. */
  update(id: number, changes: PhotoChanges): Photo {
    const current = this.row(id);
    const caption = changes.caption === undefined ? current.caption : cleanCaption(changes.caption);
    const credit = changes.credit === undefined ? current.credit : cleanLine(changes.credit);
    this.statements.update.run(caption, credit, id);
    return this.get(id);
  }

  /** The photos an article uses, in order of first appearance. */
  listOfArticle(articleId: number): Photo[] {
    this.assertArticle(articleId);
    return this.statements.ofArticle.all(articleId).map(toPhoto);
  }

  isUsed(id: number): boolean {
    return this.statements.isUsed.get(id)!.used === 1;
  }

  /** Deletes the rows and files of photos no article uses, and files left behind by a crash. */
  removeUnreferenced(): Promise<{ removed: number[] }> {
    return this.exclusive(async () => {
      const rows = writeTransaction(this.db, () => this.statements.deleteUnused.all());
      for (const row of rows) {
        await removeQuietly(this.folder.originalPath(row.hash, typeOfMime(row.mime).ext));
        for (const size of derivativeSizes) await removeQuietly(this.folder.derivedPath(row.hash, size));
      }
      await this.sweepStrays(Date.now() - strayGraceMs);
      return { removed: rows.map((row) => row.id).sort((a, b) => a - b) };
    });
  }

  /**
   * The file to serve for a photo id and a size: the only way from an id to a path (the Electron protocol and
   * the loopback transport both call it; neither ever takes a path from outside). A missing derivative is
   * made again from the original.
   */
  async photoFile(id: number, size: PhotoSize): Promise<PhotoFile> {
    const row = this.row(id);
    const original = this.folder.originalPath(row.hash, typeOfMime(row.mime).ext);
    if (!fs.existsSync(original)) throw photoErrors.notFound(id);
    if (size === 'original') return { path: original, mime: row.mime };
    await this.ensureDerivatives(row.hash, original, row.original_name);
    return { path: this.folder.derivedPath(row.hash, size), mime: 'image/jpeg' };
  }

  /**
   * `claim`: waits for an earlier import of the same bytes, so this one finds its row (one photo, a duplicate).
   * `earlierRows`: settles once the batch's earlier photos have written their rows.
   */
  private async importOne(
    source: PhotoSource,
    claim: (hash: string) => Promise<() => void>,
    earlierRows: () => Promise<void>,
  ): Promise<{ photo: Photo; duplicate: boolean }> {
    const opened = await openSource(source, this.limits.maxBytes);
    try {
      const type = await acceptedType(opened);
      await this.folder.ensure();
      const temp = this.folder.tempPath(this.folder.originals);
      const written: string[] = [];
      let hash: string | undefined;
      let release: (() => void) | undefined;
      try {
        const copied = await opened.copyTo(temp);
        hash = copied.hash;
        release = await claim(hash);
        const original = this.folder.originalPath(hash, type.ext);
        const existing = this.statements.byHash.get(hash);
        if (existing) {
          // Same bytes, same photo. Heal a store whose files were lost, while we hold the bytes anyway.
          if (!fs.existsSync(original)) await commitFile(temp, original);
          await this.ensureDerivatives(hash, original, existing.original_name);
          return { photo: toPhoto(existing), duplicate: true };
        }
        const { width, height } = await probeImage(temp, opened.name, type.format, this.limits.maxPixels);
        const derivatives = await makeDerivatives(temp, opened.name, this.limits.maxPixels);
        const metadata = await readPhotoMetadata(temp, type.format);
        for (const size of derivativeSizes) {
          const target = this.folder.derivedPath(hash, size);
          await writeFileAtomic(this.folder, target, derivatives[size]);
          written.push(target);
        }
        await commitFile(temp, original);
        written.push(original);
        await earlierRows();
        this.statements.insert.run({
          hash,
          original_name: opened.fileName,
          mime: type.mime,
          bytes: copied.bytes,
          width,
          height,
          caption: metadata.caption,
          credit: metadata.credit,
          creator: metadata.creator,
          copyright: metadata.copyright,
          taken_at: metadata.takenAt,
          imported_at: new Date().toISOString(),
        });
        return { photo: toPhoto(this.statements.byHash.get(hash)!), duplicate: false };
      } catch (error) {
        if (hash && !this.statements.byHash.get(hash)) for (const file of written) await removeQuietly(file);
        throw error;
      } finally {
        release?.();
        await removeQuietly(temp);
      }
    } finally {
      await opened.close();
    }
  }

  /** Makes whichever derivative is missing; concurrent requests for one photo share the work. */
  private ensureDerivatives(hash: string, original: string, name: string): Promise<void> {
    if (derivativeSizes.every((size) => fs.existsSync(this.folder.derivedPath(hash, size)))) return Promise.resolve();
    let pending = this.remaking.get(hash);
    if (!pending) {
      pending = (async () => {
        await this.folder.ensure();
        const derivatives = await makeDerivatives(original, name, this.limits.maxPixels);
        for (const size of derivativeSizes) await writeFileAtomic(this.folder, this.folder.derivedPath(hash, size), derivatives[size]);
      })().finally(() => this.remaking.delete(hash));
      this.remaking.set(hash, pending);
    }
    return pending;
  }

  private hold(articleId: number, outcomes: readonly ImportOutcome[]): void {
    writeTransaction(this.db, () => {
      for (const outcome of outcomes) {
        if (outcome.ok) this.links.hold(articleId, outcome.photo.id);
      }
    });
  }

  private async sweepStrays(olderThan: number): Promise<void> {
    const known = new Set(this.statements.hashes.all().map((row) => row.hash));
    // Only our own names: a temporary file, or a photo's file whose hash has no row.
    const stray = (fileName: string, hash: string) => isTempName(fileName) || (/^[0-9a-f]{64}$/.test(hash) && !known.has(hash));
    const folders = [this.folder.derived, this.folder.originals, ...(await subfolders(this.folder.originals))];
    for (const folder of folders) {
      for (const entry of await listFiles(folder)) {
        const hash = entry.split(/[-.]/, 1)[0]!;
        const file = path.join(folder, entry);
        if (stray(entry, hash) && (await modifiedBefore(file, olderThan))) await removeQuietly(file);
      }
    }
  }

  private row(id: number): PhotoRow {
    const row = this.statements.byId.get(id);
    if (!row) throw photoErrors.notFound(id);
    return row;
  }

  private assertArticle(id: number): void {
    if (!this.statements.articleExists.get(id)) throw new NewsdeskError('articleNotFound', { id }, `no article with id ${id}`);
  }

  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

async function acceptedType(opened: OpenedSource): Promise<PhotoType> {
  const { sniffed, name } = opened;
  if (sniffed.kind === 'other') throw photoErrors.unsupported(name, sniffed.name);
  if (sniffed.kind === 'unknown') throw photoErrors.unknownFormat(name);
  if (sniffed.type.format === 'heic' && !(await readsHeic())) throw photoErrors.unsupported(name, 'HEIC');
  return sniffed.type;
}

/** The reporter's mistakes keep their own error; a failing disk becomes "not stored"; a bug stays a bug. */
function asImportError(error: unknown, name: string): NewsdeskError {
  if (isNewsdeskError(error)) return error;
  const code = systemErrorCode(error);
  if (code) return photoErrors.notStored(name, code);
  throw error;
}

async function subfolders(dir: string): Promise<string[]> {
  const entries = await fs.promises.readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isDirectory()).map((entry) => path.join(dir, entry.name));
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await fs.promises.readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
}

async function modifiedBefore(file: string, time: number): Promise<boolean> {
  const stat = await fs.promises.stat(file).catch(() => null);
  return stat !== null && stat.mtimeMs < time;
}
