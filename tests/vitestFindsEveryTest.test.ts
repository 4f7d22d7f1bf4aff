// Every `*.test.ts(x)` in the tree runs: a test written beside a service is never silently left out. The tree
// is walked here on its own (passing over installed packages, build output and scratch folders), and vitest
// itself, with this repository's config, says which files it would run.
import fs from 'node:fs';
import path from 'node:path';
import { createVitest } from 'vitest/node';
import { expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '..');
const notSource = (name: string) => ['node_modules', '.git', 'dist', 'release'].includes(name) || name.startsWith('.scratch-');

function testFilesIn(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return notSource(entry.name) ? [] : testFilesIn(file);
    return /\.test\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

it('runs every test file in the tree', async () => {
  const vitest = await createVitest('test', { root: repoRoot, watch: false, reporters: [] });
  let run: Set<string>;
  try {
    run = new Set((await vitest.globTestSpecifications()).map((spec) => spec.moduleId));
  } finally {
    await vitest.close();
  }
  const inTree = testFilesIn(repoRoot);
  // Tests beside the code (renderer, export) and under tests/ alike.
  expect(inTree).toContain(path.join(repoRoot, 'export', 'pdf', 'findChromium.test.ts'));
  expect(inTree).toContain(import.meta.filename);
  expect(inTree.filter((file) => !run.has(file)).map((file) => path.relative(repoRoot, file))).toEqual([]);
});
