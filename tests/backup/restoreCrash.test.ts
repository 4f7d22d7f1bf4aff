// A restore killed (SIGKILL) at random moments, its photo workers with it: a folder under its final name is
// always a whole library, and the next restore into the same parent sweeps the hidden folders the kills left.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupToFile } from '../../backup/backupLibrary';
import { restoreBackup } from '../../backup/restoreBackup';
import { verifyLibrary } from '../../backup/verifyLibrary';
import { useTempDirs } from '../helpers/tempDir';
import { runAndKill as runKilled } from './killedChild';
import { makeLibrary, photoJpeg } from './backupFixture';

const tempDir = useTempDirs('newsdesk-restore-crash');
const child = path.join(import.meta.dirname, 'restoreChild.ts');
const kills = 3;

async function runAndKill(file: string, parent: string, afterMs: number): Promise<string[]> {
  return (await runKilled(child, [file, parent], afterMs)).filter((line) => line.includes('restored-'));
}

describe('a restore killed at a random moment', () => {
  it('leaves only whole libraries under final names, and the next restore sweeps what the kill left', async () => {
    const library = await makeLibrary(path.join(tempDir(), 'library'));
    // Enough photos for a restore to take a while, so kills land among the photo workers too.
    await library.photos.importPhotos(await Promise.all(Array.from({ length: 40 }, async (_, i) => ({ name: `p${i}.jpg`, bytes: await photoJpeg(i + 10, 480) }))));
    const file = (await backupToFile(library.db, library.dataDir, tempDir())).path;
    library.close();
    const parent = tempDir();

    const partial = () => fs.readdirSync(parent).filter((name) => name.startsWith('.newsdesk-partial-'));
    let leftovers = 0;
    for (let kill = 0; kill < kills; kill++) {
      const reported = await runAndKill(file, parent, Math.floor(Math.random() * 1500));
      for (const dir of reported) expect(fs.existsSync(dir)).toBe(true);
      leftovers = Math.max(leftovers, partial().length);
    }
    // Every folder under a final name is a whole library: the rename comes only after the checks.
    const finals = fs.readdirSync(parent).filter((name) => name.startsWith('restored-'));
    for (const name of finals) {
      const check = await verifyLibrary(path.join(parent, name));
      expect(check).toMatchObject({ articles: 2, photos: 43, problems: [] });
    }
    expect(leftovers, 'hidden folders left by a kill').toBeGreaterThan(0);

    // The next restore into that parent, in this process, sweeps the dead child's hidden folders.
    await restoreBackup(file, path.join(parent, 'after'));
    expect(partial()).toEqual([]);
  });
});
