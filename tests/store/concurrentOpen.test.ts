// Two processes opening a brand-new library at the same moment (the app and the CLI, say) must both end up
// with one migrated library, not a "table already exists" error in one of them.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { latestVersion } from '../../store/migrations/index';
import { openLibrary } from '../../library/openLibrary';
import { schemaVersion } from '../../store/migrate';
import { useTempDirs } from '../helpers/tempDir';

const tempDir = useTempDirs('newsdesk-concurrent');
const repoRoot = path.resolve(import.meta.dirname, '../..');
const opener = `
  const { openLibrary } = await import(${JSON.stringify(path.join(repoRoot, 'library/openLibrary.ts'))});
  const library = openLibrary(process.argv[1]);
  library.articles.create({ headline: 'từ tiến trình ' + process.pid });
  library.close();
`;

function openInChild(dataDir: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', opener, dataDir], { cwd: repoRoot });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('opening one new library from several processes at once', () => {
  it('migrates it once and lets every process write', async () => {
    const dataDir = tempDir();
    const results = await Promise.all(Array.from({ length: 4 }, () => openInChild(dataDir)));
    expect(results.map((result) => result.stderr)).toEqual(['', '', '', '']);
    expect(results.map((result) => result.code)).toEqual([0, 0, 0, 0]);
    const library = openLibrary(dataDir);
    try {
      expect(schemaVersion(library.db)).toBe(latestVersion);
      expect(library.articles.list()).toHaveLength(4);
    } finally {
      library.close();
    }
  });
});
