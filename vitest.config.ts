import path from 'node:path';
import { configDefaults, defineConfig } from 'vitest/config';

// Every test in the tree runs, beside its code or under tests/ (tests/vitestFindsEveryTest.test.ts checks it).
export const testInclude = ['**/*.test.ts', '**/*.test.tsx'];
export const testExclude = [...configDefaults.exclude, 'dist/**', 'release/**', '.scratch-*/**'];

export default defineConfig({
  // The renderer's channel tables (virtual:newsdesk-channels, which the build serves from the contract through
  // scripts/contractChannels.ts): tests take them from the contract directly.
  resolve: { alias: { 'virtual:newsdesk-channels': path.resolve(import.meta.dirname, 'tests/helpers/contractChannels.ts') } },
  test: {
    include: testInclude,
    exclude: testExclude,
    // After the summary, one line per interop tool that was missing (tests/interop).
    reporters: ['default', './tests/interop/missingToolsReporter.ts'],
    // The CLI tests run the CLI from its bundle: built (when its sources changed) once, before any test.
    globalSetup: ['tests/cli/buildCliBundle.globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Browser tests start their own Chromium; two cores run two files at once at most.
    maxWorkers: 2,
  },
});
