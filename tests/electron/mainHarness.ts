// Starting the bundled main process (built by scripts/buildElectron.mjs) against the fake 'electron' module
// and the Node build of better-sqlite3, for tests of the shell's wiring beyond tests/electron/mainProcess.test.ts.
import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { buildElectron } from '../../scripts/buildElectron.mjs';
import { devNativeBindingPath } from '../../electron/nativeBindingLocation.mjs';
import { createFakeElectron } from './fakeElectron';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const requireHere = createRequire(import.meta.url);
const electronVersion = '45.4.1';
export const trusted = { senderFrame: { url: 'newsdesk://app/index.html' } };

type LoadFunction = (request: string, parent: unknown, isMain: boolean) => unknown;
const moduleInternals = Module as unknown as { _load: LoadFunction };
const originalLoad = moduleInternals._load;

export interface MainHarness {
  temporaryFolder(prefix: string): string;
  appFolder(): string;
  start(options: { dataDir: string; preferredLanguages?: string[] }): Promise<ReturnType<typeof createFakeElectron>>;
  /** After each test: the real module loader back. */
  reset(): void;
  close(): void;
}

export async function mainHarness(): Promise<MainHarness> {
  // Inside the repository, so that the bundle's require('better-sqlite3') finds node_modules.
  const cacheDir = path.join(repoRoot, 'node_modules', '.cache');
  fs.mkdirSync(cacheDir, { recursive: true });
  const bundleDir = fs.mkdtempSync(path.join(cacheDir, 'newsdesk-electron-test-'));
  const mainBundle = path.join(bundleDir, 'main.cjs');
  await buildElectron({ outDir: bundleDir });
  Object.defineProperty(process.versions, 'electron', { value: electronVersion, configurable: true });
  const folders: string[] = [bundleDir];
  const temporaryFolder = (prefix: string) => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    folders.push(folder);
    return folder;
  };
  const appFolder = () => {
      const appPath = temporaryFolder('newsdesk-app-');
      fs.mkdirSync(path.join(appPath, 'dist', 'renderer'), { recursive: true });
      fs.writeFileSync(path.join(appPath, 'dist', 'renderer', 'index.html'), '<!doctype html>');
      const target = devNativeBindingPath(appPath, { electronVersion, platform: process.platform, arch: process.arch });
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.copyFileSync(requireHere.resolve('better-sqlite3/build/Release/better_sqlite3.node'), target);
      return appPath;
  };
  return {
    temporaryFolder,
    appFolder,
    async start({ dataDir, preferredLanguages }) {
      const fake = createFakeElectron({ appPath: appFolder(), preferredLanguages });
      process.env.NEWSDESK_DATA_DIR = dataDir;
      moduleInternals._load = function (request, parent, isMain) {
        return request === 'electron' ? fake.electron : originalLoad.call(this, request, parent, isMain);
      };
      delete requireHere.cache[mainBundle];
      requireHere(mainBundle);
      await new Promise((resolve) => setImmediate(resolve));
      return fake;
    },
    reset() {
      moduleInternals._load = originalLoad;
      delete process.env.NEWSDESK_DATA_DIR;
    },
    close() {
      Reflect.deleteProperty(process.versions, 'electron');
      for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
    },
  };
}
