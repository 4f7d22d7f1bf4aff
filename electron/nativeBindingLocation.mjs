// Where the Electron-ABI build of better-sqlite3 lives. Shared by the app that loads it (nativeBinding.ts),
// the script that builds it (scripts/electronNative.mjs) and the packaging hook, so the three never
// disagree; plain JavaScript because those scripts run on Node without a TypeScript loader.
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
