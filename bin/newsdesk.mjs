#!/usr/bin/env node
// The CLI runs from its esbuild bundle in dist/cli (scripts/buildCli.mjs): built by `npm install`, and
// rebuilt here first whenever a source it was built from is newer, so `npx newsdesk` always runs the code
// in the tree. The check costs a few milliseconds; a rebuild about a second.
import { pathToFileURL } from 'node:url';
import { buildCli, freshCliBundle } from '../scripts/buildCli.mjs';

let entry = freshCliBundle();
if (!entry) {
  try {
    entry = await buildCli();
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    process.stderr.write(`newsdesk: the command could not be built from its sources (${reason}); \`npm run build:cli\` shows why.\n`);
    process.exit(1);
  }
}
await import(pathToFileURL(entry).href);
