// The native CRC-32 that backups put in place of buffer-crc32's JavaScript loop gives the same numbers, and the
// zips yazl writes with it pass unzip's own CRC check.
import { randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import * as bufferCrc32Module from 'buffer-crc32';
import { describe, expect, it } from 'vitest';
import { javascriptCrc32, useNativeCrc32 } from '../../backup/nativeCrc32';
import { backupToFile } from '../../backup/backupLibrary';
import { useTempDirs } from '../helpers/tempDir';
import { makeLibrary } from './backupFixture';

const tempDir = useTempDirs('newsdesk-zip-crc');
const patched = (bufferCrc32Module as unknown as { default: { unsigned: typeof javascriptCrc32 } }).default;

describe('the native CRC-32', () => {
  it('gives buffer-crc32’s numbers, whole and chunk by chunk', () => {
    useNativeCrc32();
    expect(patched.unsigned).not.toBe(javascriptCrc32);
    for (const size of [0, 1, 7, 1000, 65_537]) {
      const data = randomBytes(size);
      expect(patched.unsigned(data)).toBe(javascriptCrc32(data));
      const half = Math.floor(size / 2);
      const chained = patched.unsigned(data.subarray(half), patched.unsigned(data.subarray(0, half)));
      expect(chained).toBe(javascriptCrc32(data));
      expect(patched.unsigned(data, 0x1234abcd)).toBe(javascriptCrc32(data, 0x1234abcd));
    }
    expect(patched.unsigned('tiếng Việt')).toBe(javascriptCrc32('tiếng Việt'));
  });

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
});
