// Before any test file runs: a current CLI bundle (scripts/buildCli.mjs), built here once when the sources
// changed, so the CLI tests, which spawn bin/newsdesk.mjs in parallel workers, never each start a rebuild.
import { ensureCliBundle } from '../../scripts/buildCli.mjs';

export default async function setup(): Promise<void> {
  await ensureCliBundle();
}
