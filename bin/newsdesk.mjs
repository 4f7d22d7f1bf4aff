#!/usr/bin/env node
// The CLI runs from its esbuild bundle in dist/cli (scripts/buildCli.mjs): built by `npm install`, and
// rebuilt here first whenever a source it was built from is newer, so `npx newsdesk` always runs the code
// in the tree. The check costs a few milliseconds; a rebuild about a second.
import { pathToFileURL } from 'node:url';
import { buildCli, freshCliBundle } from '../scripts/buildCli.mjs';

// NEWSDESK_DEBUG prints stack traces: they name the TypeScript sources, not the bundle.
if (process.env.NEWSDESK_DEBUG) process.setSourceMapsEnabled(true);

let entry = freshCliBundle();
if (!entry) {
  try {
    entry = await buildCli();
  } catch (error) {
    process.stderr.write(`newsdesk: the command could not be built from its sources: ${firstProblem(error)}\n`);
    process.exit(1);
  }
}
await import(pathToFileURL(entry).href);

/** esbuild's first error with its place (`cli/main.ts:3: Expected ";"`), else the error's first line. */
function firstProblem(error) {
  const first = error?.errors?.[0];
  if (first) return first.location ? `${first.location.file}:${first.location.line}: ${first.text}` : first.text;
  return error instanceof Error ? error.message.split('\n')[0] : String(error);
}
