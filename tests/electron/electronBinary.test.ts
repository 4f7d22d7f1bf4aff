import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ensureElectronBinary, findElectronBinary } from '../../scripts/lib/electronBinary.mjs';

// What node_modules/electron/install.js prints here, offline.
const offlineInstallerOutput = `TypeError: fetch failed
    at node:internal/deps/undici/undici:14976:13
    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)
    at async FetchDownloader.download (file:///work/main/node_modules/@electron/get/dist/FetchDownloader.js:46:30)
`;

let electronDir: string;

beforeEach(() => {
  electronDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-electron-'));
});

afterEach(() => {
  fs.rmSync(electronDir, { recursive: true, force: true });
});

function installBinary() {
  fs.writeFileSync(path.join(electronDir, 'path.txt'), 'electron');
  fs.mkdirSync(path.join(electronDir, 'dist'));
  fs.writeFileSync(path.join(electronDir, 'dist', 'electron'), '');
}

describe('ensureElectronBinary', () => {
  it('ends npm start with one line when the download fails', async () => {
    const install = vi.fn(async () => ({ code: 1, output: offlineInstallerOutput }));
    const result = await ensureElectronBinary({ electronDir, env: {}, install });
    expect(install).toHaveBeenCalledOnce();
    expect(result).toEqual({
      ok: false,
      message:
        "newsdesk: cannot start the app: Electron's binary could not be downloaded (fetch failed). npm start needs network access once to fetch it; npm test works without it.",
    });
  });

  it('does not download again when the binary is there', async () => {
    installBinary();
    const install = vi.fn(async () => ({ code: 0, output: '' }));
    expect(await ensureElectronBinary({ electronDir, env: {}, install })).toEqual({ ok: true, binary: path.join(electronDir, 'dist', 'electron') });
    expect(install).not.toHaveBeenCalled();
  });

  it('uses the binary the installer fetched', async () => {
    const install = vi.fn(async () => {
      installBinary();
      return { code: 0, output: 'downloaded' };
    });
    expect(await ensureElectronBinary({ electronDir, env: {}, install })).toEqual({ ok: true, binary: path.join(electronDir, 'dist', 'electron') });
  });

  it('still fails in one line when the installer claims success but left nothing', async () => {
    const result = await ensureElectronBinary({ electronDir, env: {}, install: async () => ({ code: 0, output: '' }) });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/^newsdesk: cannot start the app: .*binary is still missing.*\.$/);
    expect(!result.ok && result.message.split('\n')).toHaveLength(1);
  });
});

describe('findElectronBinary', () => {
  it('is null until path.txt and its binary both exist', () => {
    expect(findElectronBinary(electronDir, {})).toBeNull();
    fs.writeFileSync(path.join(electronDir, 'path.txt'), 'electron');
    expect(findElectronBinary(electronDir, {})).toBeNull();
    installBinary();
    expect(findElectronBinary(electronDir, {})).toBe(path.join(electronDir, 'dist', 'electron'));
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like electron/index.js', () => {
    fs.writeFileSync(path.join(electronDir, 'electron'), '');
    expect(findElectronBinary('/nowhere', { ELECTRON_OVERRIDE_DIST_PATH: electronDir })).toBe(path.join(electronDir, 'electron'));
  });
});
