// The fault-injection run's case, as a reporter types it: a folder named like the export's file, with notes
// in it, survives `newsdesk export`; the export takes a free name and says which.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../library/openLibrary';
import { useTempDirs } from '../helpers/tempDir';
import { cli, expectSuccess } from './cliProcess';

const tempDir = useTempDirs('newsdesk-cli-export-keeps');

describe('newsdesk export beside a folder of the same name', () => {
  it('keeps the folder and its notes, and prints the free name it took', async () => {
    const dataDir = tempDir();
    const library = openLibrary(dataDir);
    const { id } = library.articles.create({ headline: 'Tin nóng' });
    library.close();
    const out = tempDir();
    fs.mkdirSync(path.join(out, 'tin-nong.txt'));
    fs.writeFileSync(path.join(out, 'tin-nong.txt', 'notes'), 'keep\n');
    const printed = expectSuccess(await cli(['--data-dir', dataDir, 'export', String(id), '--format', 'txt', '--out', out]));
    expect(printed).toBe(`${path.join(out, 'tin-nong (2).txt')}\n`);
    expect(fs.readFileSync(path.join(out, 'tin-nong.txt', 'notes'), 'utf8')).toBe('keep\n');
  });
});
