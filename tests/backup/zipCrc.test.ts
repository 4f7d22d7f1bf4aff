// The zips backups write (backup/zipWriter.ts, plain and ZIP64, with zlib's CRC-32) pass unzip's own CRC check
// and read back byte for byte in yauzl.
import { randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ZipWriter } from '../../backup/zipWriter';
import yauzl from 'yauzl';
import { backupToFile } from '../../backup/backupLibrary';
import { useTempDirs } from '../helpers/tempDir';
import { makeLibrary } from './backupFixture';

const tempDir = useTempDirs('newsdesk-zip-crc');

describe('the backup zip', () => {
  it('writes backups that unzip tests clean', async () => {
    const library = await makeLibrary(path.join(tempDir(), 'library'));
    try {
      const backup = await backupToFile(library.db, library.dataDir, tempDir());
      const listing = execFileSync('unzip', ['-t', backup.path], { encoding: 'utf8' });
      expect(listing).toMatch(/No errors detected/);
      expect(fs.statSync(backup.path).size).toBe(backup.bytes);
    } finally {
      library.close();
    }
  });

  for (const zip64 of [false, true]) {
    it(`writes ${zip64 ? 'ZIP64' : 'plain'} zips that unzip tests clean and yauzl reads byte for byte`, async () => {
      const dir = tempDir();
      const streamed = randomBytes(3 * 1024 * 1024 + 17);
      fs.writeFileSync(path.join(dir, 'big.bin'), streamed);
      const small = Buffer.from('ảnh: Đà Nẵng');
      const file = path.join(dir, 'test.zip');
      const zip = new ZipWriter(() => fs.createWriteStream(file), { zip64 });
      const hashed = await zip.addFile('data/big.bin', path.join(dir, 'big.bin'), streamed.length, () => undefined);
      expect(hashed.bytes).toBe(streamed.length);
      await zip.addBytes('small.txt', small);
      await zip.addBytes('empty', Buffer.alloc(0));
      await zip.finish('last.json', Buffer.from('{}'));
      expect(execFileSync('unzip', ['-t', file], { encoding: 'utf8' })).toMatch(/No errors detected/);
      const read = await readZip(file);
      expect(Object.keys(read)).toEqual(['data/big.bin', 'small.txt', 'empty', 'last.json']);
      expect(read['data/big.bin']!.equals(streamed)).toBe(true);
      expect(read['small.txt']!.toString('utf8')).toBe('ảnh: Đà Nẵng');
      expect(read['empty']!.length).toBe(0);
      // The ZIP64 form carries its end records, the plain one does not.
      expect(fs.readFileSync(file).includes(Buffer.from([0x50, 0x4b, 0x06, 0x06]))).toBe(zip64);
    });
  }
});

/** Every entry of a zip, read through yauzl with its CRC-32 and size checks. */
function readZip(file: string): Promise<Record<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true, validateEntrySizes: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      const entries: Record<string, Buffer> = {};
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (openError, stream) => {
          if (openError || !stream) return reject(openError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('error', reject);
          stream.on('end', () => {
            entries[entry.fileName] = Buffer.concat(chunks);
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(entries));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}
