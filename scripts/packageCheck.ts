// npm run package:check — builds the unpacked Linux app offline (a stand-in Electron, never its real binary) into
// release/linux-unpacked and checks what a reporter would install: every module the bundles load resolves inside
// it, native code sits outside the archive, nothing ships that the app never uses, the size stays in budget, and
// the installers' metadata is complete. Prints the size table; exits 1 with the list of what is wrong.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatFindings } from './packageCheck/findings';
import { formatSizeReport } from './packageCheck/packageSize';
import { runPackageCheck } from './packageCheck/runPackageCheck';

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** What a build without Electron's binary cannot show; the README's packaging section says the same. */
export const notVerifiedHere =
  "Not verified here (needs Electron's binary or the network): better-sqlite3's Electron build in resources/native (the afterPack hook), the flipped fuses, and the app starting from the package.";

async function main(): Promise<number> {
  try {
    const { findings, size, build } = await runPackageCheck({ projectDir, outputDir: path.join(projectDir, 'release') });
    console.log(`\nPackage: ${path.relative(projectDir, build.appOutDir)}\n${formatSizeReport(size)}\n\n${notVerifiedHere}`);
    if (findings.length === 0) {
      console.log('\npackage check: passed');
      return 0;
    }
    console.error(`\npackage check: ${findings.length} problem${findings.length === 1 ? '' : 's'}\n${formatFindings(findings)}`);
  } catch (error) {
    console.error(`package check: could not run: ${error instanceof Error ? error.message : String(error)}`);
  }
  return 1;
}

const code = await main();
// An exit code left in process.exitCode does not survive electron-builder's run (the process ends with 0), so
// the check exits explicitly, once its output is written.
process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
