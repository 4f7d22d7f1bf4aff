// backup:status through dispatch, as the Settings panel asks it: nothing before the first backup (and a
// warning), then the last good backup's time, size and place.
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
    expect(await ask()).toEqual({ last: null, stale: true, staleAfterDays: 3, automatic: { enabled: false, folder: null }, lastFailure: null });
    const backup = await backupToFile(library.db, library.dataDir, tempDir());
    expect(await ask()).toEqual({
      last: { at: backup.manifest.createdAt, bytes: backup.bytes, place: backup.path, articles: 2, photos: 3 },
      stale: false,
      staleAfterDays: 3,
      automatic: { enabled: false, folder: null },
      lastFailure: null,
    });
  });
});
