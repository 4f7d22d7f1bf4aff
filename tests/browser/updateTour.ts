// `npm run tour`: writes the README's tour screenshots into docs/tour (after `npm run build:renderer`).
import path from 'node:path';
import { repoRoot, startHarness } from './browserHarness';
import { takeTour } from './readmeTour';

const harness = await startHarness();
try {
  for (const file of await takeTour(harness, path.join(repoRoot, 'docs/tour'))) console.log(path.relative(repoRoot, file));
} finally {
  await harness.close();
}
