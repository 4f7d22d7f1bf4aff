// The child the crash test kills: it backs up the library in argv[2] into the folder argv[3] over and over,
// printing "started" once and each finished backup's path, until it is killed.
import { backupToFile } from '../../backup/backupLibrary';
import { openLibrary } from '../../library/openLibrary';

const [dataDir, out] = process.argv.slice(2) as [string, string];
const library = openLibrary(dataDir);
process.stdout.write('started\n');
for (let round = 1; ; round++) {
  const result = await backupToFile(library.db, library.dataDir, out, { now: new Date(Date.UTC(2026, 0, 1) + round * 1000) });
  process.stdout.write(`${result.path}\n`);
}
