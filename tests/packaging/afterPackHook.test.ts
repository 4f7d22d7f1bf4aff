// The afterPack hook (scripts/electronBuilderAfterPack.mjs) when better-sqlite3's Electron build cannot be had:
// electron-builder's CLI prints an InvalidConfigurationError as one line and any other error with its stack,
// so the hook's failure must be of that class, with one line saying what is missing and what to do.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../helpers/tempDir';
import { afterPackWith, NativeBuildUnavailable } from '../../scripts/electronBuilderAfterPack.mjs';

const tempDir = useTempDirs('newsdesk-after-pack');
const requireFromBuilder = createRequire(createRequire(import.meta.url).resolve('electron-builder'));
const { InvalidConfigurationError } = requireFromBuilder('builder-util') as { InvalidConfigurationError: new (message: string) => Error };

function context(appOutDir: string) {
  return { electronPlatformName: 'linux', arch: 1, appOutDir, packager: { getResourcesDir: (dir: string) => path.join(dir, 'resources') } };
}

describe('the afterPack hook without the native build', () => {
  it('fails with one line naming the target, the reason and the log, as the class electron-builder prints without a stack', async () => {
    const logFile = path.join(process.cwd(), 'native', 'electron-45.4.1-linux-x64.log');
    const hook = afterPackWith(async () => ({ ok: false, reason: 'no prebuilt binary (getaddrinfo ENOTFOUND github.com)', logFile }));
    const failure = await hook(context(tempDir())).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(NativeBuildUnavailable);
    expect(failure).toBeInstanceOf(InvalidConfigurationError);
    const message = (failure as Error).message;
    expect(message).toBe(
      'newsdesk: cannot package: better-sqlite3 for Electron (linux-x64) is unavailable: no prebuilt binary (getaddrinfo ENOTFOUND github.com); details in native/electron-45.4.1-linux-x64.log. Packaging needs network access once to fetch or build it (see the README\'s Packaging section).',
    );
  });

  it('turns an unexpected error while getting the build into the same one line', async () => {
    const hook = afterPackWith(async () => {
      throw new Error('EACCES: permission denied, mkdtemp\n    at Object.mkdtempSync (node:fs:1:1)');
    });
    await expect(hook(context(tempDir()))).rejects.toThrow(
      /^newsdesk: cannot package: better-sqlite3 for Electron \(linux-x64\) is unavailable: EACCES: permission denied, mkdtemp\. Packaging needs/,
    );
    await expect(hook(context(tempDir()))).rejects.toBeInstanceOf(InvalidConfigurationError);
  });

  it('copies the build into resources/native when there is one', async () => {
    const [source, appOutDir] = [tempDir(), tempDir()];
    fs.writeFileSync(path.join(source, 'better_sqlite3.node'), 'binary');
    await afterPackWith(async () => ({ ok: true, path: path.join(source, 'better_sqlite3.node'), built: false }))(context(appOutDir));
    expect(fs.readFileSync(path.join(appOutDir, 'resources', 'native', 'better_sqlite3.node'), 'utf8')).toBe('binary');
  });
});
