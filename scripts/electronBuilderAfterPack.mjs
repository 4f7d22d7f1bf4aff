// electron-builder afterPack hook: puts the Electron-ABI better-sqlite3 at <resources>/native/better_sqlite3.node,
// where electron/nativeBinding.ts looks in a packaged app. A hook rather than extraResources because the
// source folder is named after the Electron version, which electron-builder has no macro for.
import fs from 'node:fs';
import path from 'node:path';
import { ensureElectronNative } from './electronNative.mjs';
import { packagedNativeBindingPath } from '../electron/nativeBindingLocation.mjs';

/** electron-builder's Arch enum (builder-util), by value. */
const archNames = ['ia32', 'x64', 'armv7l', 'arm64'];

export function nodeArchName(arch) {
  const name = archNames[arch];
  if (!name) throw new Error(`newsdesk: no single native better-sqlite3 for arch ${arch}; package each arch separately`);
  return name;
}

/** Mac App Store builds run on darwin like any other macOS build. */
export function nodePlatformName(electronPlatformName) {
  return electronPlatformName === 'mas' ? 'darwin' : electronPlatformName;
}

export default async function afterPack(context) {
  const platform = nodePlatformName(context.electronPlatformName);
  const arch = nodeArchName(context.arch);
  const native = await ensureElectronNative({ platform, arch });
  if (!native.ok) {
    throw new Error(`newsdesk: better-sqlite3 for Electron (${platform}-${arch}) is unavailable: ${native.reason}; see ${native.logFile}`);
  }
  const destination = packagedNativeBindingPath(context.packager.getResourcesDir(context.appOutDir));
  fs.mkdirSync(path.dirname(destination), { recursive: true });
  fs.copyFileSync(native.path, destination);
}
