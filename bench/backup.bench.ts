// Backup and restore of a library of 10,000 generated articles and 2,000 photo originals (small generated
// JPEGs), next to their peers on the same data in the same run: `sqlite3 .backup` plus `cp -r` of the photo
// originals for a backup, `sqlite3 .restore` plus `cp -r` back for a restore. Newsdesk's side does more than its
// peers: it hashes every byte, checks the snapshot with integrity_check, writes one zip and reads it all back
// before naming it, flushes what it wrote, and checks the restored library's version, counts, links and
// photos. Also a backup folder: the first backup, a second one with nothing changed (the first one's database
// entry copied and verified, no photo), and the automatic check that finds nothing changed (no backup at
// all). Each case's phases (backup/phaseClock.ts) follow. Warm page cache throughout; the peers run as processes.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { backupToFile, backupToFolder } from '../backup/backupLibrary';
import { restoreBackup } from '../backup/restoreBackup';
import { openLibrary } from '../library/openLibrary';
import { databaseFileName } from '../store/openDatabase';
import { generateArchive } from './archive/generateArchive';
import type { Bench } from './lib/results';
import { summarize } from './lib/stats';
import { withTempDir } from './lib/tempDir';

const articles = 10_000;
const photos = 2_000;
const seed = 42;
/** `--runs=N` for steadier medians: the peers' times move with the disk's write-back from run to run. */
const runs = Number(process.argv.find((arg) => arg.startsWith('--runs='))?.slice('--runs='.length) ?? 3);

/** Gives the archive's photo rows real originals: 2,000 distinct JPEGs, the rest of the rows folded onto them. */
async function addPhotoFiles(dataDir: string, db: ReturnType<typeof openLibrary>['db']): Promise<number> {
  let totalBytes = 0;
  const update = db.prepare<[string, number, number]>('UPDATE photos SET hash = ?, bytes = ? WHERE id = ?');
  const ids = db.prepare<[number], { id: number }>('SELECT id FROM photos ORDER BY id LIMIT ?').all(photos).map((row) => row.id);
  if (ids.length < photos) throw new Error(`the archive has only ${ids.length} photos`);
  const files: { id: number; hash: string; bytes: Buffer }[] = [];
  for (const [i, id] of ids.entries()) {
    const bytes = await sharp({ create: { width: 480, height: 320, channels: 3, background: '#000', noise: { type: 'gaussian', mean: 60 + (i % 120), sigma: 30 } } })
      .jpeg({ quality: 80 })
      .toBuffer();
    files.push({ id, hash: createHash('sha256').update(bytes).digest('hex'), bytes });
  }
  db.transaction(() => {
    const last = ids.at(-1)!;
    db.prepare<[number, number]>('UPDATE article_photos SET photo_id = (photo_id - 1) % ? + 1 WHERE photo_id > ?').run(photos, last);
    db.prepare<[number]>('DELETE FROM photos WHERE id > ?').run(last);
    for (const file of files) update.run(file.hash, file.bytes.length, file.id);
  })();
  for (const file of files) {
    const target = path.join(dataDir, 'photos', 'originals', file.hash.slice(0, 2), `${file.hash}.jpg`);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, file.bytes);
    totalBytes += file.bytes.length;
  }
  return totalBytes;
}

function timed<T>(work: () => T): { ms: number; value: T } {
  const start = process.hrtime.bigint();
  const value = work();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

async function timedAsync<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = process.hrtime.bigint();
  const value = await work();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
}

/** Each phase's time per case (backup/phaseClock.ts), to see where the time goes. */
const phaseSamples = new Map<string, Map<string, number[]>>();
function phasesOf(name: string) {
  return (phase: string, ms: number) => {
    const phases = phaseSamples.get(name) ?? phaseSamples.set(name, new Map()).get(name)!;
    phases.set(phase, [...(phases.get(phase) ?? []), ms]);
  };
}
/** One case per phase, under its case's name. */
function phaseCases(): ReturnType<typeof summarize>[] {
  return [...phaseSamples].flatMap(([name, phases]) => [...phases].map(([phase, samples]) => summarize(`  ${name} phase: ${phase}`, samples)));
}

/**
 * Untimed, before each timed case: what the previous case left unwritten goes to the disk first. Otherwise a
 * case pays for its predecessor's write-back (a restore's `syncfs` flushed the peer backup's 187 MB too, and the
 * peers' `cp -r` waited on it), and the ratios swung by a third from run to run.
 */
function settle(): void {
  run('sync', []);
}

const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;
const p50 = (samples: number[]) => summarize('', samples).p50Ms;

const bench: Bench = {
  description: `backup and restore of ${articles.toLocaleString('en')} generated articles and ${photos.toLocaleString('en')} photo originals (480×320 JPEGs), ${runs} runs each, next to sqlite3 .backup/.restore + cp -r of the photo originals; a backup folder's second backup with nothing changed`,
  async run() {
    if (spawnSync('sqlite3', ['-version']).status !== 0) throw new Error('the peer needs the sqlite3 command line shell (apt-get install sqlite3)');
    return withTempDir('newsdesk-bench-backup', async (dir) => {
      const dataDir = path.join(dir, 'library');
      const library = openLibrary(dataDir);
      generateArchive(library.db, articles, seed);
      const photoBytes = await addPhotoFiles(dataDir, library.db);
      library.db.pragma('wal_checkpoint(TRUNCATE)');
      const dbBytes = fs.statSync(path.join(dataDir, databaseFileName)).size;
      const originals = path.join(dataDir, 'photos', 'originals');

      const samples: Record<string, number[]> = { backup: [], peerBackup: [], peerBackupFlushed: [], restore: [], peerRestore: [], peerRestoreFlushed: [], folderFirst: [], folderSecond: [], folderUnchanged: [] };
      let backupBytes = 0;
      for (let i = 0; i < runs; i++) {
        const out = path.join(dir, `out-${i}`);
        fs.mkdirSync(out);
        settle();
        const backup = await timedAsync(() => backupToFile(library.db, dataDir, out, { phases: phasesOf('backup') }));
        samples.backup!.push(backup.ms);
        backupBytes = backup.value.bytes;

        const peer = path.join(dir, `peer-${i}`);
        fs.mkdirSync(peer);
        settle();
        samples.peerBackup!.push(
          timed(() => {
            run('sqlite3', [path.join(dataDir, databaseFileName), `.backup '${path.join(peer, databaseFileName)}'`]);
            run('cp', ['-r', originals, path.join(peer, 'originals')]);
          }).ms,
        );
        // The peers flush nothing; Newsdesk's backups and restores are on the disk before they take their names.
        // The same peer made durable: its time plus a flush of what it wrote (Linux `sync -f`, as restores use).
        samples.peerBackupFlushed!.push(samples.peerBackup!.at(-1)! + timed(() => run('sync', ['-f', peer])).ms);

        const restored = path.join(dir, `restored-${i}`);
        settle();
        const restore = await timedAsync(() => restoreBackup(backup.value.path, restored, { phases: phasesOf('restore') }));
        if (restore.value.photos !== photos || restore.value.articles !== articles) throw new Error('the restored library is not whole');
        samples.restore!.push(restore.ms);

        const peerRestored = path.join(dir, `peer-restored-${i}`);
        fs.mkdirSync(path.join(peerRestored, 'photos'), { recursive: true });
        settle();
        samples.peerRestore!.push(
          timed(() => {
            run('sqlite3', [path.join(peerRestored, databaseFileName), `.restore '${path.join(peer, databaseFileName)}'`]);
            run('cp', ['-r', path.join(peer, 'originals'), path.join(peerRestored, 'photos', 'originals')]);
          }).ms,
        );
        samples.peerRestoreFlushed!.push(samples.peerRestore!.at(-1)! + timed(() => run('sync', ['-f', peerRestored])).ms);

        const folder = path.join(dir, `folder-${i}`);
        fs.mkdirSync(folder);
        // A change first: the library's first backup into a folder is of a library that changed since its last
        // backup (else it would copy that backup's database, as the second one does).
        library.db.prepare("INSERT INTO settings (key, value) VALUES ('bench', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(String(i));
        settle();
        samples.folderFirst!.push((await timedAsync(() => backupToFolder(library.db, dataDir, folder, { phases: phasesOf('folder first') }))).ms);
        // Nothing new: the photos are all there already, and the library has not changed since the first, whose
        // database entry is copied (verified against its checksum) instead of a new snapshot.
        settle();
        samples.folderSecond!.push((await timedAsync(() => backupToFolder(library.db, dataDir, folder, { now: new Date(Date.now() + 1500), phases: phasesOf('folder second') }))).ms);
        const unchanged = await timedAsync(() => backupToFolder(library.db, dataDir, folder, { ifChanged: true }));
        if (unchanged.value.made) throw new Error('an unchanged library was backed up again');
        samples.folderUnchanged!.push(unchanged.ms);
        for (const done of [out, peer, restored, peerRestored, folder]) fs.rmSync(done, { recursive: true, force: true });
      }
      library.close();

      const ratio = (a: string, b: string) => Math.round((p50(samples[a]!) / p50(samples[b]!)) * 100) / 100;
      const percent = (a: string, b: string) => Math.round((p50(samples[a]!) / p50(samples[b]!)) * 1000) / 10;
      return {
        context: {
          articles,
          photos,
          databaseMb: mb(dbBytes),
          photoOriginalsMb: mb(photoBytes),
          backupFileMb: mb(backupBytes),
          backupVsPeer: ratio('backup', 'peerBackup'),
          restoreVsPeer: ratio('restore', 'peerRestore'),
          backupVsFlushedPeer: ratio('backup', 'peerBackupFlushed'),
          restoreVsFlushedPeer: ratio('restore', 'peerRestoreFlushed'),
          folderSecondPercentOfFirst: percent('folderSecond', 'folderFirst'),
          folderUnchangedPercentOfFirst: percent('folderUnchanged', 'folderFirst'),
          sqlite3: execFileSync('sqlite3', ['-version'], { encoding: 'utf8' }).split(' ')[0]!,
        },
        cases: [
          summarize('backup: newsdesk backup --out (snapshot, zip, read back, rename)', samples.backup!),
          summarize('backup peer: sqlite3 .backup + cp -r originals', samples.peerBackup!),
          summarize('backup peer, then flushed (sync -f)', samples.peerBackupFlushed!),
          summarize('restore: newsdesk restore-backup (extract, hash, check, flush)', samples.restore!),
          summarize('restore peer: sqlite3 .restore + cp -r originals', samples.peerRestore!),
          summarize('restore peer, then flushed (sync -f)', samples.peerRestoreFlushed!),
          summarize('backup folder: first backup (all photos copied)', samples.folderFirst!),
          summarize('backup folder: second backup, nothing changed (last backup’s database copied, no photo)', samples.folderSecond!),
          summarize('backup folder: --if-changed with nothing changed (no backup)', samples.folderUnchanged!),
          ...phaseCases(),
        ],
      };
    });
  },
};

export default bench;
