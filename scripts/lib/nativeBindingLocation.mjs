// Where the Electron-ABI build of better-sqlite3 lives. Shared by the script that builds it
// (scripts/electronNative.mjs), the packaging hook and the app that loads it (electron/nativeBinding.ts),
// so the three never disagree.
import path from 'node:path';

export const nativeBindingFileName = 'better_sqlite3.node';
export const nativeFolderName = 'native';

/** One folder per Electron version and platform, so upgrading Electron never loads a stale ABI. */
export function electronNativeFolderName({ electronVersion, platform, arch }) {
  return `electron-${electronVersion}-${platform}-${arch}`;
}

/** <repo>/native/electron-<version>-<platform>-<arch>/better_sqlite3.node */
export function devNativeBindingPath(repoRoot, target) {
  return path.join(repoRoot, nativeFolderName, electronNativeFolderName(target), nativeBindingFileName);
}

/** Inside a packaged app: <resources>/native/better_sqlite3.node (copied there by the afterPack hook). */
export function packagedNativeBindingPath(resourcesPath) {
  return path.join(resourcesPath, nativeFolderName, nativeBindingFileName);
}
