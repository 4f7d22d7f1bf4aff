// Fresh folders under os.tmpdir() for tests that need real files (SQLite libraries, CLI data folders).
// `useTempDirs()` registers an afterEach that removes every folder the test made.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

export function makeTempDir(label = 'newsdesk-test'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `${label}-`));
}

export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** Call at the top of a test file (or describe); returns a factory whose folders vanish after each test. */
export function useTempDirs(label?: string): () => string {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) removeDir(dir);
  });
  return () => {
    const dir = makeTempDir(label);
    made.push(dir);
    return dir;
  };
}
