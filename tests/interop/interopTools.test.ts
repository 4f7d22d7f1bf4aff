// The interop group's parts: when tools are required, how a program is found on the PATH, and the one line per
// missing tool that ends a run, counting the tests that did not run for want of it.
import fs from 'node:fs';
import path from 'node:path';
import type { TestModule } from 'vitest/node';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../helpers/tempDir';
import { onPath, toolsRequired, tools, type MissingTool } from './interopTools';
import { countMissingTools, missingToolLines } from './missingToolsReporter';

const tempDir = useTempDirs('newsdesk-interop');

describe('toolsRequired', () => {
  it('holds in CI and wherever NEWSDESK_REQUIRE_TOOLS=1, not on a developer machine', () => {
    expect(toolsRequired({ NEWSDESK_REQUIRE_TOOLS: '1' })).toBe(true);
    expect(toolsRequired({ CI: 'true' })).toBe(true);
    expect(toolsRequired({ CI: '1' })).toBe(true);
    expect(toolsRequired({ CI: 'false' })).toBe(false);
    expect(toolsRequired({ CI: '' })).toBe(false);
    expect(toolsRequired({})).toBe(false);
  });
});

describe('onPath', () => {
  it('finds an executable program in any PATH folder, and passes over one that cannot be run', () => {
    const [first, second] = [tempDir(), tempDir()];
    fs.writeFileSync(path.join(first, 'pdftotext'), '#!/bin/sh\n', { mode: 0o644 });
    fs.writeFileSync(path.join(second, 'soffice'), '#!/bin/sh\n', { mode: 0o755 });
    const env = { PATH: [first, second].join(path.delimiter) };
    expect(onPath('soffice', env)).toBe(true);
    expect(onPath('pdftotext', env)).toBe(false);
    expect(onPath('java', env)).toBe(false);
    expect(onPath('soffice', {})).toBe(false);
  });
});

/** Just enough of vitest's reported modules: skipped tests inside suites that carry their missing tools. */
function reported(files: { suites: { missingTools?: MissingTool[]; tests: number }[] }[]): TestModule[] {
  return files.map(({ suites }) => {
    const module = { type: 'module' };
    const tests = suites.flatMap(({ missingTools, tests: count }) => {
      const suite = { type: 'suite', parent: module, meta: () => ({ missingTools }) };
      return Array.from({ length: count }, () => ({ type: 'test', parent: suite }));
    });
    return { ...module, children: { *allTests(state: string) { if (state === 'skipped') yield* tests; } } } as unknown as TestModule;
  });
}

describe('the missing-tools report', () => {
  it('counts the tests that did not run per missing tool, across files, and prints one line for each', () => {
    const libreoffice = { name: tools.libreoffice.name, install: tools.libreoffice.install };
    const poppler = { name: tools.poppler.name, install: tools.poppler.install };
    const counts = countMissingTools(reported([
      { suites: [{ missingTools: [libreoffice, poppler], tests: 3 }, { tests: 2 }] },
      { suites: [{ missingTools: [poppler], tests: 1 }] },
    ]));
    expect(missingToolLines(counts)).toEqual([
      'interop: LibreOffice is missing, 3 tests did not run; install it: apt-get install libreoffice-writer-nogui fonts-liberation2 (macOS: brew install --cask libreoffice)',
      'interop: poppler is missing, 4 tests did not run; install it: apt-get install poppler-utils (macOS: brew install poppler)',
    ]);
  });

  it('says nothing when every tool was there', () => {
    expect(missingToolLines(countMissingTools(reported([{ suites: [{ tests: 4 }] }])))).toEqual([]);
  });
});
