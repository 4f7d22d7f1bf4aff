// What a killed process leaves behind is reclaimed at the next start (openLibrary, in the app and the CLI):
// photo import temporary files and export staging folders of processes that are gone. Those of a process
// still running (another window, a CLI export in progress) are left alone.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportArticleTo } from '../../export/exportArticleTo';
import type { OutputFileSystem } from '../../export/output/exportStaging';
import { openLibrary } from '../../library/openLibrary';
import { PhotoFolder } from '../../photos/photoFolder';
import { useTempDirs } from '../helpers/tempDir';

const tempDir = useTempDirs('newsdesk-crash-leftovers');

/** The id of a process that has exited: what a killed app or CLI leaves in its records and names. */
function goneProcess(): number {
  const child = spawnSync(process.execPath, ['-e', '']);
  expect(child.status).toBe(0);
  return child.pid!;
}

function files(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).map((name) => name.split(path.sep).join('/')).sort();
}

describe('photo import temporary files', () => {
  it('are named after the process that writes them', () => {
    const folder = new PhotoFolder(tempDir());
    expect(path.basename(folder.tempPath(folder.originals))).toMatch(new RegExp(`^\\.tmp-${process.pid}-[0-9a-f]{24}$`));
  });

  it('of a process that is gone are removed when the library opens; a running one’s stay', () => {
    const dataDir = tempDir();
    openLibrary(dataDir).close();
    const gone = goneProcess();
    const photos = path.join(dataDir, 'photos');
    fs.mkdirSync(path.join(photos, 'originals', 'ab'), { recursive: true });
    fs.mkdirSync(path.join(photos, 'derived'), { recursive: true });
    const leftovers = [`originals/.tmp-${gone}-0123456789abcdef01234567`, `originals/ab/.tmp-${gone}-89abcdef0123456789abcdef`, `derived/.tmp-${gone}-00112233445566778899aabb`];
    const kept = [`originals/.tmp-${process.pid}-0123456789abcdef01234567`, 'originals/.tmp-0123456789abcdef01234567', 'originals/ab/ab12.jpg'];
    for (const name of [...leftovers, ...kept]) fs.writeFileSync(path.join(photos, name), 'ảnh dở dang');
    openLibrary(dataDir).close();
    expect(files(photos).filter((name) => name.includes('.'))).toEqual([...kept].sort());
  });
});

describe('export staging folders', () => {
  it('are recorded while an export runs, and forgotten when it ends', async () => {
    const dataDir = tempDir();
    const library = openLibrary(dataDir);
    const { id } = library.articles.create({ headline: 'Tin nóng' });
    const out = tempDir();
    let recordedDuring: unknown[] = [];
    const watching: OutputFileSystem = {
      createWriteStream(file) {
        recordedDuring = library.db.prepare('SELECT path, pid FROM export_staging').all();
        return fs.createWriteStream(file, { flags: 'wx' });
      },
    };
    await exportArticleTo(library, id, { format: 'txt', outDir: out }, { output: watching });
    expect(recordedDuring).toEqual([{ path: expect.stringMatching(new RegExp(`^${out}/\\.newsdesk-export-[0-9a-f]{12}$`)) as unknown, pid: process.pid }]);
    expect(library.db.prepare('SELECT * FROM export_staging').all()).toEqual([]);
    library.close();
  });

  it('of a process that is gone are removed when the library opens; a running one’s and strangers stay', () => {
    const dataDir = tempDir();
    const out = tempDir();
    const gone = goneProcess();
    const abandoned = path.join(out, '.newsdesk-export-0a1b2c3d4e5f');
    const running = path.join(out, '.newsdesk-export-ffeeddccbbaa');
    const notOurs = path.join(out, 'Ảnh của tôi');
    for (const dir of [abandoned, running, notOurs]) {
      fs.mkdirSync(path.join(dir, 'tin_files'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'tin_files', 'tin-1.jpg'), 'x'.repeat(10_000));
    }
    const library = openLibrary(dataDir);
    const record = library.db.prepare('INSERT INTO export_staging (path, pid, started_at) VALUES (?, ?, ?)');
    record.run(abandoned, gone, '2026-01-01T00:00:00.000Z');
    record.run(running, process.pid, '2026-01-01T00:00:00.000Z');
    // A record that names anything but a staging folder is dropped, never followed.
    record.run(notOurs, gone, '2026-01-01T00:00:00.000Z');
    library.close();

    const reopened = openLibrary(dataDir);
    expect(fs.readdirSync(out).sort()).toEqual(['.newsdesk-export-ffeeddccbbaa', 'Ảnh của tôi']);
    expect(fs.readdirSync(path.join(notOurs, 'tin_files'))).toEqual(['tin-1.jpg']);
    expect(reopened.db.prepare('SELECT path FROM export_staging').pluck().all()).toEqual([running]);
    reopened.close();
  });
});
