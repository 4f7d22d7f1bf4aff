// The package check (npm run package:check) as part of the interop group: packs the unpacked Linux app offline
// with a stand-in Electron, into a temporary folder rather than release/, and expects no finding. A normal test
// rather than a CI-only step because electron-builder comes from npm and packing takes well under a minute;
// it sits in the interop group for the one program npm cannot bring, Perl, which runs the packaged exiftool.
import path from 'node:path';
import { expect, it } from 'vitest';
import { useTempDirs } from '../helpers/tempDir';
import { formatFindings } from '../../scripts/packageCheck/findings';
import { formatSizeReport, sizeBudgetMb } from '../../scripts/packageCheck/packageSize';
import { runPackageCheck } from '../../scripts/packageCheck/runPackageCheck';
import { describeWithTools, tools } from './interopTools';

const tempDir = useTempDirs('newsdesk-package-check');
const projectDir = path.resolve(import.meta.dirname, '..', '..');

describeWithTools('the packaged app (electron-builder --dir, stand-in Electron)', [tools.perl], () => {
  it('holds everything the bundles load, native code unpacked, nothing unused, within the size budget, with complete installer metadata', async () => {
    const { findings, size, build } = await runPackageCheck({ projectDir, outputDir: tempDir() });
    expect(path.basename(build.appOutDir)).toBe('linux-unpacked');
    expect(formatFindings(findings)).toBe('');
    expect((size.asarBytes + size.unpackedBytes) / 1e6).toBeLessThanOrEqual(sizeBudgetMb);
    expect(formatSizeReport(size)).toMatch(/total \(budget 80 MB\)$/);
  }, 300_000);
});
