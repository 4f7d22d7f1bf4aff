// better-sqlite3 in node_modules is built for Node (the CLI and the tests use it); Electron has another ABI, so
// the app loads its own build, made by scripts/electronNative.mjs, through openLibrary's nativeBinding option.
import fs from 'node:fs';
import { devNativeBindingPath, packagedNativeBindingPath } from './nativeBindingLocation.mjs';

export interface ElectronRuntime {
  isPackaged: boolean;
  /** app.getAppPath(): the repository folder when run with `electron .`. */
  appPath: string;
  /** process.resourcesPath */
  resourcesPath: string;
  /** process.versions.electron */
  electronVersion: string;
  platform: string;
  arch: string;
}

export function nativeBindingPath(runtime: ElectronRuntime): string {
  if (runtime.isPackaged) return packagedNativeBindingPath(runtime.resourcesPath);
  return devNativeBindingPath(runtime.appPath, runtime);
}

/** Fails with a sentence that says how to fix it, rather than better-sqlite3's "Cannot find module". */
export function existingNativeBindingPath(runtime: ElectronRuntime): string {
  const file = nativeBindingPath(runtime);
  if (fs.existsSync(file)) return file;
  const fix = runtime.isPackaged ? 'reinstall Newsdesk' : 'run `node scripts/electronNative.mjs` (npm start does it for you)';
  throw new Error(`better-sqlite3 for Electron ${runtime.electronVersion} is missing at ${file}; ${fix}`);
}
