import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Runs `use` with a fresh folder under os.tmpdir() and removes it afterwards, whatever happens. */
export async function withTempDir<T>(label: string, use: (dir: string) => Promise<T> | T): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${label}-`));
  try {
    return await use(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
