// Text a closing window could not confirm saved, kept in the data folder's recovery/ until the next start
// offers it back: one file an article, the newest wins, and a file that does not read as a draft (cut short,
// foreign) is set aside instead of trusted.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DraftRecovery, recoveryFolderName } from '../../library/draftRecovery';
import { useTempDirs } from '../helpers/tempDir';

const tempDir = useTempDirs('newsdesk-draft-recovery');

describe('DraftRecovery', () => {
  it('keeps one draft an article, the newest, and forgets it on remove', () => {
    const recovery = new DraftRecovery(tempDir());
    expect(recovery.list()).toEqual([]);
    recovery.write(3, { headline: 'Bão' }, new Date('2026-11-30T08:00:00Z'));
    recovery.write(3, { headline: 'Bão số 3', sapo: 'Gió giật cấp 12.' }, new Date('2026-11-30T08:01:00Z'));
    recovery.write(7, { sapo: 'Đêm qua' }, new Date('2026-11-30T07:00:00Z'));
    expect(recovery.list()).toEqual([
      { articleId: 7, savedAt: '2026-11-30T07:00:00.000Z', changes: { sapo: 'Đêm qua' } },
      { articleId: 3, savedAt: '2026-11-30T08:01:00.000Z', changes: { headline: 'Bão số 3', sapo: 'Gió giật cấp 12.' } },
    ]);
    expect(recovery.remove(3)).toBe(true);
    expect(recovery.remove(3)).toBe(false);
    expect(recovery.list().map((draft) => draft.articleId)).toEqual([7]);
  });

  it('sets aside a file cut short or not a draft, and removes a temporary file left by a crash', () => {
    const dataDir = tempDir();
    const recovery = new DraftRecovery(dataDir);
    recovery.write(1, { headline: 'Lũ' });
    const folder = path.join(dataDir, recoveryFolderName);
    fs.writeFileSync(path.join(folder, 'draft-2.json'), '{"articleId": 2, "savedAt": "2026');
    fs.writeFileSync(path.join(folder, 'draft-4.json'), JSON.stringify({ articleId: 5, savedAt: 'x', changes: {} }));
    fs.writeFileSync(path.join(folder, 'draft-6.json.123.tmp'), '{');
    expect(recovery.list().map((draft) => draft.articleId)).toEqual([1]);
    expect(fs.readdirSync(folder).sort()).toEqual(['draft-1.json', 'draft-2.json.unreadable', 'draft-4.json.unreadable']);
  });
});
