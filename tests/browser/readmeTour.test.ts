// Takes the README's tour screenshots from the running app and checks the README shows each of them.
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, screenshotDir, startHarness, type Harness } from './browserHarness';
import { takeTour, tourShots, tourViewport } from './readmeTour';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe('the README tour', () => {
  it('takes the library, editor, export and search screens in Vietnamese, small, and the README shows them', async () => {
    const files = await takeTour(harness, path.join(screenshotDir, 'tour'));
    expect(files.map((file) => path.basename(file))).toEqual(tourShots.map((name) => `${name}.png`));
    for (const file of files) {
      const meta = await sharp(file).metadata();
      expect({ width: meta.width, height: meta.height }).toEqual(tourViewport);
      expect(fs.statSync(file).size).toBeLessThan(300_000);
    }
    const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    for (const name of tourShots) {
      expect(readme).toContain(`(docs/tour/${name}.png)`);
      expect(fs.existsSync(path.join(repoRoot, 'docs/tour', `${name}.png`))).toBe(true);
    }
    expect(harness.pageErrors).toEqual([]);
  });
});
