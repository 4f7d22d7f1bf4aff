// electron-builder afterPack hook: puts the Electron-ABI better-sqlite3 at <resources>/native/better_sqlite3.node,
// where electron/nativeBinding.ts looks in a packaged app. A hook rather than extraResources because the
// source folder is named after the Electron version, which electron-builder has no macro for.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ensureElectronNative } from './electronNative.mjs';
import { packagedNativeBindingPath } from '../electron/nativeBindingLocation.mjs';

// electron-builder's CLI prints this error class as one line (⨯ message) and any other with its stack trace;
// taken from electron-builder's own copy of builder-util so that its instanceof test holds.
const builderUtil = createRequire(createRequire(import.meta.url).resolve('electron-builder'))('builder-util');

/** The hook's failure: one line saying what is missing and where the details are, never a stack. */
export class NativeBuildUnavailable extends builderUtil.InvalidConfigurationError {}

/** electron-builder's Arch enum (builder-util), by value. */
const archNames = ['ia32', 'x64', 'armv7l', 'arm64'];

export function nodeArchName(arch) {
  const name = archNames[arch];
  if (!name) throw new NativeBuildUnavailable(`newsdesk: no single native better-sqlite3 for arch ${arch}; package each arch separately`);
  return name;
}

/** Mac App Store builds run on darwin like any other macOS build. */
export function nodePlatformName(electronPlatformName) {
  return electronPlatformName === 'mas' ? 'darwin' : electronPlatformName;
}

export default function afterPack(context) {
  return afterPackWith(ensureElectronNative)(context);
}

/** The hook with the way it gets the native build given (the tests give one that fails). */
export function afterPackWith(ensureNative) {
  return async (context) => {
    const platform = nodePlatformName(context.electronPlatformName);
    const arch = nodeArchName(context.arch);
    const native = await ensureNative({ platform, arch }).catch((error) => ({ ok: false, reason: firstLine(error), logFile: undefined }));
    if (!native.ok) {
      const details = native.logFile ? `; details in ${path.relative(process.cwd(), native.logFile)}` : '';
      throw new NativeBuildUnavailable(
        `newsdesk: cannot package: better-sqlite3 for Electron (${platform}-${arch}) is unavailable: ${firstLine(native.reason)}${details}. Packaging needs network access once to fetch or build it (see the README's Packaging section).`,
      );
    }
    copyNative(context, native.path);
  };
}

function firstLine(value) {
  return String(value instanceof Error ? value.message : value).split('\n')[0].trim();
}

function copyNative(context, nativePath) {
  const destination = packagedNativeBindingPath(context.packager.getResourcesDir(context.appOutDir));
  fs.mkdirSync(path.dirname(destination), { recursive: true });
  fs.copyFileSync(nativePath, destination);
}
