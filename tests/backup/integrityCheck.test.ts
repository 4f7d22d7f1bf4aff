// The snapshot's integrity_check on a worker thread (backup/integrityCheck.ts): it finds what the check on this
// thread finds, in a good database and in a damaged one, and when the worker cannot load better-sqlite3 the
// check still runs, here, and still refuses the damaged one.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkIntegrityAside, checkIntegrityHere } from '../../backup/integrityCheck';
import { databaseFileName } from '../../store/openDatabase';
import { useTempDirs } from '../helpers/tempDir';
import { makeLibrary } from './backupFixture';
import { damageLibrary } from './damagedLibrary';

const tempDir = useTempDirs('newsdesk-integrity');

/** A closed library's database file, whole or with pages in its middle overwritten. */
async function databaseFile(damaged: boolean): Promise<string> {
  const dataDir = path.join(tempDir(), 'library');
  const library = await makeLibrary(dataDir);
  for (let i = 0; i < 40; i++) library.articles.create({ headline: `Tin số ${i}: mưa lớn ở Đà Nẵng, ${'nước dâng '.repeat(40)}` });
  library.close();
  if (damaged) damageLibrary(dataDir);
  return path.join(dataDir, databaseFileName);
}

describe('the integrity check beside the backup', () => {
  it('says ok for a whole database, on the worker and here', async () => {
    const file = await databaseFile(false);
    expect(await checkIntegrityAside(file).result).toEqual({ problems: [], ranOn: 'worker' });
    expect(checkIntegrityHere(file)).toEqual([]);
  });

  it('finds the damage in a damaged database', async () => {
    const file = await databaseFile(true);
    const { problems } = await checkIntegrityAside(file).result;
    expect(problems.length).toBeGreaterThan(0);
    expect(checkIntegrityHere(file).length).toBeGreaterThan(0);
  });

  it('still checks, on this thread, when the worker cannot load better-sqlite3', async () => {
    const missingModule = path.join(tempDir(), 'no-such-module.js');
    const damaged = await databaseFile(true);
    const refused = await checkIntegrityAside(damaged, missingModule).result;
    expect(refused.ranOn).toBe('main');
    expect(refused.problems.length).toBeGreaterThan(0);
    expect(await checkIntegrityAside(await databaseFile(false), missingModule).result).toEqual({ problems: [], ranOn: 'main' });
  });

  it('counts a file that is no database at all as a problem, not as ok', async () => {
    const file = path.join(tempDir(), 'not-a-database.sqlite');
    fs.writeFileSync(file, Buffer.alloc(8192, 0x41));
    expect((await checkIntegrityAside(file).result).problems[0]).toMatch(/not a database|file is not/i);
  });

  it('stops when cancelled (a backup that failed), never answering ok for a check it did not finish', async () => {
    const file = await databaseFile(true);
    const check = checkIntegrityAside(file);
    await check.cancel();
    const { problems } = await check.result;
    expect(problems.length).toBeGreaterThan(0);
    fs.rmSync(file);
    expect(fs.existsSync(file)).toBe(false);
  });
});
