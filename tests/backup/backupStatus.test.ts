// backup:status through dispatch, as the Settings panel asks it: nothing before the first backup (and a
// warning), then the last good backup's time, size and place.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupToFile } from '../../backup/backupLibrary';
import { api } from '../../contract/api';
import { backupStatusSchema } from '../../contract/schemas/backup';
import { createDispatch } from '../../handlers/dispatch';
import { createHandlerTable } from '../../handlers/handlerTable';
import type { Library } from '../../library/openLibrary';
import { useTempDirs } from '../helpers/tempDir';
import { makeLibrary } from './backupFixture';

const tempDir = useTempDirs('newsdesk-backup-status');
let library: Library | undefined;
afterEach(() => library?.close());

describe('backup:status', () => {
  it('warns when there is no backup, then reports the last good one', async () => {
    library = await makeLibrary(tempDir());
    const dispatch = createDispatch(createHandlerTable({ library }));
    const ask = async () => {
      const reply = await dispatch(api.getBackupStatus.channel, {});
      if (!reply.ok) throw new Error(JSON.stringify(reply.error));
      return backupStatusSchema.parse(reply.value);
    };
    expect(await ask()).toEqual({ last: null, stale: true, remind: false, staleAfterDays: 3, automatic: { enabled: false, folder: null, paused: null }, lastFailure: null });
    const backup = await backupToFile(library.db, library.dataDir, tempDir());
    expect(await ask()).toEqual({
      last: { at: backup.manifest.createdAt, bytes: backup.bytes, place: backup.path, articles: 2, photos: 3 },
      stale: false,
      remind: false,
      staleAfterDays: 3,
      automatic: { enabled: false, folder: null, paused: null },
      lastFailure: null,
    });
  });

  it('counts old work in the trash too, and a library with no article at all is not reminded', async () => {
    library = await makeLibrary(tempDir());
    const dispatch = createDispatch(createHandlerTable({ library }));
    const remind = async () => ((await dispatch(api.getBackupStatus.channel, {})) as { value: { remind: boolean } }).value.remind;
    library.db.prepare("UPDATE articles SET created_at = '2026-01-02T08:00:00.000Z', deleted_at = '2026-01-03T08:00:00.000Z'").run();
    expect(await remind()).toBe(true);
    library.db.prepare('DELETE FROM articles').run();
    expect(await remind()).toBe(false);
  });

  it('reminds on the library screen only when there is work older than three days and no backup that recent', async () => {
    library = await makeLibrary(tempDir());
    const dispatch = createDispatch(createHandlerTable({ library }));
    const remind = async () => ((await dispatch(api.getBackupStatus.channel, {})) as { value: { remind: boolean } }).value.remind;
    expect(await remind()).toBe(false);
    library.db.prepare("UPDATE articles SET created_at = '2026-01-02T08:00:00.000Z'").run();
    expect(await remind()).toBe(true);
    const made = await backupToFile(library.db, library.dataDir, tempDir());
    expect(await remind()).toBe(false);
    // The last good backup, four days old: stale, and a reminder even for a new library.
    const stateFile = path.join(library.dataDir, 'backups.json');
    const state = JSON.parse(fs.readFileSync(stateFile, 'utf8'));
    fs.writeFileSync(stateFile, JSON.stringify({ ...state, last: { ...state.last, at: new Date(Date.now() - 4 * 86_400_000).toISOString() } }));
    library.db.prepare('UPDATE articles SET created_at = ?').run(new Date().toISOString());
    expect(await dispatch(api.getBackupStatus.channel, {})).toMatchObject({ ok: true, value: { stale: true, remind: true, last: { place: made.path } } });
  });
});
