import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'renderer/**/*.test.ts', 'renderer/**/*.test.tsx', '{common,contract,handlers,store,cli,transport}/**/*.test.ts'],
    // The CLI tests run the CLI from its bundle: built (when its sources changed) once, before any test.
    globalSetup: ['tests/cli/buildCliBundle.globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Browser tests start their own Chromium; two cores run two files at once at most.
    maxWorkers: 2,
  },
});
