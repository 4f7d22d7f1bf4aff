// A CLI export killed half-way (SIGKILL: no cleanup can run) leaves its staging folder in the reporter's
// folder; the next start of the CLI removes it. The test waits for the staging folder to appear, kills, and
// checks; it never measures time.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../library/openLibrary';
import { useTempDirs } from '../helpers/tempDir';
import { seedWithPhotos } from '../export/exportFixtures';
import { cli, expectSuccess, repo } from './cliProcess';

const tempDir = useTempDirs('newsdesk-killed-export');

const staging = (dir: string) => fs.readdirSync(dir).filter((name) => name.startsWith('.newsdesk-export-'));

/** Starts an export and kills it as soon as its staging folder exists; resolves once the process is gone. */
function exportKilledWhileStaging(dataDir: string, id: number, out: string): Promise<{ killedWhileStaging: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/newsdesk.mjs', '--data-dir', dataDir, 'export', String(id), '--format', 'zip', '--photos', 'full', '--out', out], {
      cwd: repo,
      stdio: 'ignore',
    });
    let killedWhileStaging = false;
    const watch = setInterval(() => {
      if (fs.existsSync(out) && staging(out).length > 0) {
        killedWhileStaging = true;
        clearInterval(watch);
        child.kill('SIGKILL');
      }
    }, 5);
    child.on('error', reject);
    child.on('exit', () => {
      clearInterval(watch);
      resolve({ killedWhileStaging });
    });
  });
}

describe('a killed export', () => {
  it('leaves a staging folder that the next start of the CLI removes', async () => {
    const dir = tempDir();
    const dataDir = path.join(dir, 'library');
    const library = openLibrary(dataDir);
    const { article } = await seedWithPhotos(library, dir, { photos: 3, width: 3000, height: 2000, noise: true });
    library.close();
    const out = path.join(dir, 'ra');

    const { killedWhileStaging } = await exportKilledWhileStaging(dataDir, article.id, out);
    expect(killedWhileStaging, 'the export finished before it could be killed').toBe(true);
    expect(staging(out)).toHaveLength(1);

    expectSuccess(await cli(['--data-dir', dataDir, 'list']));
    expect(staging(out)).toEqual([]);
    expect(fs.readdirSync(out)).toEqual([]);
  });
});
