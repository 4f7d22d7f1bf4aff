// The package check's steps: bundle, pack the unpacked Linux app offline, then judge what it holds (modules,
// files, native code, size, exiftool, installer metadata). Returns every finding instead of stopping at the first.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { extractAll } from '@electron/asar';
import { getConfig } from 'app-builder-lib/out/util/config/config';
import { buildElectron, defaultOutDir, metafileName, unshippedModules } from '../buildElectron.mjs';
import { bundledFontSpecifiers } from '../../export/html/bundledFonts';
import { bundledSourceFolders, externalImports, type BundleMetafiles } from './bundleImports';
import { buildUnpacked, makeStandInElectron, type UnpackedBuild } from './buildUnpacked';
import type { Finding } from './findings';
import { checkInstallerMetadata } from './installerMetadata';
import { checkBundledSources, checkPackageContents, referencedAssets } from './packageContents';
import { checkPackagedExiftool } from './packagedExiftool';
import { folderSize, listPackagedFiles } from './packagedFiles';
import { checkPackagedModules } from './packagedModules';
import { checkSizeBudget, sizeReport, type SizeReport } from './packageSize';

/** Dependencies of shipped packages that only npm install uses. */
const installTimeOnly = {
  'prebuild-install': "better-sqlite3 fetches its Node binary with it at install time; the app loads the Electron build from resources/native",
};

export interface PackageCheckResult {
  findings: Finding[];
  size: SizeReport;
  build: UnpackedBuild;
}

export async function runPackageCheck({ projectDir, outputDir }: { projectDir: string; outputDir: string }): Promise<PackageCheckResult> {
  const rendererDir = path.join(projectDir, 'dist', 'renderer');
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) throw new Error('the renderer is not built; run npm run build:renderer first');
  await buildElectron();
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-package-check-'));
  try {
    const build = await buildUnpacked({ projectDir, outputDir, electronDist: makeStandInElectron(path.join(scratch, 'electron-dist')) });
    const asarPath = path.join(build.appOutDir, 'resources', 'app.asar');
    const files = listPackagedFiles(asarPath);
    const appRoot = path.join(scratch, 'app');
    extractAll(asarPath, appRoot);

    const metafiles = JSON.parse(fs.readFileSync(path.join(defaultOutDir, metafileName), 'utf8')) as BundleMetafiles;
    const fontSpecifiers = bundledFontSpecifiers();
    const requireFromProject = createRequire(path.join(projectDir, 'package.json'));
    const usedFontFiles = fontSpecifiers.filter((specifier) => specifier.includes('/files/')).map((specifier) => packagedPath(requireFromProject.resolve(specifier)));
    const rendererFiles = fs.readdirSync(rendererDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && !entry.name.endsWith('.map'));

    const size = sizeReport(files, fs.statSync(asarPath).size, folderSize(`${asarPath}.unpacked`));
    const findings = [
      ...checkBundledSources(bundledSourceFolders(metafiles)),
      ...checkPackagedModules(appRoot, externalImports(metafiles), { unshipped: unshippedModules, installTimeOnly, runtimeSpecifiers: fontSpecifiers }),
      ...checkPackageContents(files, {
        rendererFiles: rendererFiles.map((entry) => path.relative(rendererDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')),
        rendererReferences: referencedAssets(fs.readFileSync(path.join(rendererDir, 'index.html'), 'utf8')),
        usedFontFiles,
      }),
      ...checkSizeBudget(size),
      ...(await checkPackagedExiftool(`${asarPath}.unpacked`)),
      ...(await checkInstallerMetadata({
        config: await getConfig(projectDir, null, null),
        packageJson: JSON.parse(fs.readFileSync(path.join(projectDir, 'package.json'), 'utf8')) as { productName?: string; desktopName?: string },
        build,
        iconSource: path.join(projectDir, 'resources', 'icon.png'),
      })),
    ];
    return { findings, size, build };
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/** /…/node_modules/@fontsource/noto-serif/files/x.woff2 → node_modules/@fontsource/noto-serif/files/x.woff2 */
function packagedPath(file: string): string {
  const posix = file.split(path.sep).join('/');
  return posix.slice(posix.lastIndexOf('node_modules/'));
}
