import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { buildEnv, describeFailure, ensureElectronNative, installedElectronVersion } from '../../scripts/electronNative.mjs';
import { nodeArchName, nodePlatformName } from '../../scripts/electronBuilderAfterPack.mjs';
import { devNativeBindingPath } from '../../electron/nativeBindingLocation.mjs';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');

describe('ensureElectronNative', () => {
  it('reads the Electron version from node_modules/electron', () => {
    expect(installedElectronVersion()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('keeps an existing build and does no work', async () => {
    const target = { electronVersion: `0.0.0-test.${process.pid}`, platform: process.platform, arch: process.arch };
    const file = devNativeBindingPath(repoRoot, target);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, 'not really a binary');
    try {
      const onBuildStart = vi.fn();
      expect(await ensureElectronNative({ ...target, onBuildStart })).toEqual({ ok: true, path: file, built: false });
      expect(onBuildStart).not.toHaveBeenCalled();
    } finally {
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
    }
  });
});

describe('buildEnv', () => {
  it("drops npm settings that would retarget the build at Node's headers, keeps the rest", () => {
    const env = buildEnv({ PATH: '/bin', npm_config_nodedir: '/usr', NPM_CONFIG_TARGET: '20.0.0', npm_config_runtime: 'node', npm_config_proxy: 'http://proxy:3128' });
    expect(env).toEqual({ PATH: '/bin', npm_config_proxy: 'http://proxy:3128' });
  });
});

describe('describeFailure', () => {
  it('sums up both attempts in one clause each', () => {
    const reason = describeFailure([
      ['prebuild-install', { code: 1, output: 'prebuild-install info begin\nprebuild-install warn install getaddrinfo ENOTFOUND github.com\n' }],
      ['node-gyp', { code: 1, output: 'gyp ERR! stack Error: This is most likely not a problem with node-gyp\ngyp ERR! stack is related to network connectivity.' }],
    ]);
    expect(reason).toBe("no prebuilt binary (getaddrinfo ENOTFOUND github.com); node-gyp could not download Electron's headers");
    expect(describeFailure([['node-gyp', { code: 1, output: 'gyp ERR! stack Error: `make` failed with exit code: 2' }]])).toBe(
      'node-gyp: `make` failed with exit code: 2',
    );
  });
});

describe('afterPack naming', () => {
  it("maps electron-builder's arch and platform names to Node's", () => {
    expect([0, 1, 2, 3].map(nodeArchName)).toEqual(['ia32', 'x64', 'armv7l', 'arm64']);
    expect(() => nodeArchName(4)).toThrow(/package each arch separately/);
    expect(nodePlatformName('mas')).toBe('darwin');
    expect(nodePlatformName('win32')).toBe('win32');
  });
});
