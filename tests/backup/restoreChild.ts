// The child the restore kill test kills: it restores the backup in argv[2] into new folders inside argv[3]
// over and over, printing "started" once and each finished restore's folder, until it is killed.
import path from 'node:path';
import { restoreBackup } from '../../backup/restoreBackup';

const [file, parent] = process.argv.slice(2) as [string, string];
process.stdout.write('started\n');
for (let round = 1; ; round++) {
  const result = await restoreBackup(file, path.join(parent, `restored-${process.pid}-${round}`));
  process.stdout.write(`${result.path}\n`);
}
