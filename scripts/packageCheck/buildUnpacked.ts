// Builds the unpacked Linux app (electron-builder's `dir` target) exactly as `npm run dist` would pack it, but
// offline: Electron comes from a stand-in distribution this script makes (a dummy `electron` executable, never
// Electron's real binary), and the two steps that need that binary or the network are replaced for the check
// only: the afterPack hook (better-sqlite3 for Electron's ABI) and the fuses (flipped inside the binary).
// In their place, the Linux desktop entry and icon set are computed as the AppImage and deb targets compute them.
import fs from 'node:fs';
import path from 'node:path';
import { Arch, build, Platform, type AfterPackContext, type LinuxPackager } from 'electron-builder';
import { LinuxTargetHelper } from 'app-builder-lib/out/targets/LinuxTargetHelper';

export interface UnpackedBuild {
  /** release/linux-unpacked (or its like under another output folder). */
  appOutDir: string;
  executableName: string;
  /** The .desktop file the deb and AppImage targets would install. */
  desktopEntry: string;
  /** The icon set those targets would install, one PNG a size. */
  icons: { file: string; size: number }[];
}

/** A folder electron-builder accepts as `electronDist`: just an executable named electron that refuses to run. */
export function makeStandInElectron(dir: string): string {
  fs.mkdirSync(dir, { recursive: true });
  const script = '#!/bin/sh\necho "stand-in Electron made by the package check; it cannot run the app" >&2\nexit 1\n';
  fs.writeFileSync(path.join(dir, 'electron'), script, { mode: 0o755 });
  return dir;
}

export async function buildUnpacked({ projectDir, outputDir, electronDist }: { projectDir: string; outputDir: string; electronDist: string }): Promise<UnpackedBuild> {
  let inspected: Omit<UnpackedBuild, 'appOutDir'> | undefined;
  let appOutDir = '';
  await build({
    projectDir,
    targets: Platform.LINUX.createTarget('dir', Arch.x64),
    publish: 'never',
    config: {
      electronDist,
      directories: { output: outputDir },
      // Needs Electron's real binary (the fuse wire sits in it); the check reads the configuration instead.
      electronFuses: null,
      afterPack: async (context: AfterPackContext) => {
        appOutDir = context.appOutDir;
        inspected = await inspectLinuxTargets(context.packager as LinuxPackager);
      },
    },
  });
  if (!inspected) throw new Error('electron-builder finished without packing the app');
  return { appOutDir, ...inspected };
}

async function inspectLinuxTargets(packager: LinuxPackager): Promise<Omit<UnpackedBuild, 'appOutDir'>> {
  const helper = new LinuxTargetHelper(packager);
  const executableName = packager.executableName;
  // No exec given: the deb target's own, /opt/<product>/<executable> %U.
  const desktopEntry = await helper.computeDesktopEntry(packager.platformSpecificBuildOptions);
  const icons = (await helper.icons).map(({ file, size }) => ({ file, size }));
  return { executableName, desktopEntry, icons };
}
