import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { existingNativeBindingPath, nativeBindingPath, type ElectronRuntime } from '../../electron/nativeBinding';

const runtime: ElectronRuntime = {
  isPackaged: false,
  appPath: path.resolve('/home/me/newsdesk'),
  resourcesPath: path.resolve('/opt/Newsdesk/resources'),
  electronVersion: '45.4.1',
  platform: 'linux',
  arch: 'x64',
};

describe('nativeBindingPath', () => {
  it('uses the per-Electron-version folder of the repository in development', () => {
    expect(nativeBindingPath(runtime)).toBe(path.join(runtime.appPath, 'native', 'electron-45.4.1-linux-x64', 'better_sqlite3.node'));
  });

  it('uses the copy in the resources folder of a packaged app', () => {
    expect(nativeBindingPath({ ...runtime, isPackaged: true })).toBe(path.join(runtime.resourcesPath, 'native', 'better_sqlite3.node'));
  });
});

describe('existingNativeBindingPath', () => {
  it('returns the file when it is there', () => {
    const appPath = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-native-'));
    try {
      const file = nativeBindingPath({ ...runtime, appPath });
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, '');
      expect(existingNativeBindingPath({ ...runtime, appPath })).toBe(file);
    } finally {
      fs.rmSync(appPath, { recursive: true, force: true });
    }
  });

  it('says how to get it when it is missing', () => {
    const missing = { ...runtime, appPath: path.join(os.tmpdir(), 'newsdesk-no-such-folder') };
    expect(() => existingNativeBindingPath(missing)).toThrow(/better-sqlite3 for Electron 45\.4\.1 is missing .*scripts\/electronNative\.mjs/);
    expect(() => existingNativeBindingPath({ ...missing, isPackaged: true, resourcesPath: missing.appPath })).toThrow(/reinstall Newsdesk/);
  });
});
