// Drafts a closing window handed over but never confirmed saved, written aside in the data folder's
// recovery/ so the next start can offer them back. One file an article (the newest draft wins); each is
// written under a temporary name, flushed to disk, then renamed, so a crash leaves the old file or the new.
import fs from 'node:fs';
import path from 'node:path';
import { articleChangesSchema, type ArticleChanges } from '../contract/schemas/article';
import { z } from 'zod';

export const recoveryFolderName = 'recovery';

const storedDraftSchema = z.object({ articleId: z.number().int().positive(), savedAt: z.string(), changes: articleChangesSchema });
export type StoredDraft = z.infer<typeof storedDraftSchema>;

export class DraftRecovery {
  private readonly folder: string;

  constructor(dataDir: string) {
    this.folder = path.join(dataDir, recoveryFolderName);
  }

  write(articleId: number, changes: ArticleChanges, savedAt = new Date()): void {
    fs.mkdirSync(this.folder, { recursive: true });
    const file = this.fileOf(articleId);
    const temporary = `${file}.${process.pid}.tmp`;
    const handle = fs.openSync(temporary, 'w');
    try {
      fs.writeSync(handle, JSON.stringify({ articleId, savedAt: savedAt.toISOString(), changes }));
      fs.fsyncSync(handle);
    } finally {
      fs.closeSync(handle);
    }
    fs.renameSync(temporary, file);
  }

  /** Every readable draft, oldest first; a file that does not parse (foreign, cut short) is set aside, not trusted. */
  list(): StoredDraft[] {
    let names: string[];
    try {
      names = fs.readdirSync(this.folder);
    } catch {
      return [];
    }
    const drafts: StoredDraft[] = [];
    for (const name of names) {
      const file = path.join(this.folder, name);
      if (name.endsWith('.tmp')) {
        fs.rmSync(file, { force: true });
        continue;
      }
      if (!/^draft-\d+\.json$/.test(name)) continue;
      const parsed = storedDraftSchema.safeParse(readJson(file));
      if (parsed.success && this.fileOf(parsed.data.articleId) === file) drafts.push(parsed.data);
      else fs.renameSync(file, `${file}.unreadable`);
    }
    return drafts.sort((a, b) => a.savedAt.localeCompare(b.savedAt));
  }

  get(articleId: number): StoredDraft | undefined {
    return this.list().find((draft) => draft.articleId === articleId);
  }

  /** Forgets an article's draft; false when there was none. */
  remove(articleId: number): boolean {
    const file = this.fileOf(articleId);
    if (!fs.existsSync(file)) return false;
    fs.rmSync(file);
    return true;
  }

  private fileOf(articleId: number): string {
    return path.join(this.folder, `draft-${articleId}.json`);
  }
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}
