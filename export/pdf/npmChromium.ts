// The Chromium of the npm package @sparticuz/chromium (a devDependency; Linux x64 only): a headless-shell
// build the package unpacks into the temporary folder as `chromium`, with `fonts/` (Open Sans and a
// fontconfig file) beside it. The package takes an existing `chromium` there as finished, so a half-written
// one (two processes unpacking at once, or one stopped mid-way) would be launched as it is: unpacking here
// happens under a lock folder and is recorded in a marker only once complete.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const packageName = '@sparticuz/chromium';
const requireHere: NodeJS.Require = typeof require === 'function' ? require : createRequire(import.meta.url);
const staleLockMs = 5 * 60_000;

/** Where the package itself is, or undefined where it is not installed (a packaged app, a production install). */
function packageDir(): string | undefined {
  try {
    // The package exports only its entry (build/index.js), so its folder is found from there.
    return path.dirname(path.dirname(requireHere.resolve(packageName)));
  } catch {
    return undefined;
  }
}

export function npmChromiumInstalled(platform: NodeJS.Platform = process.platform, arch: string = process.arch): boolean {
  return platform === 'linux' && arch === 'x64' && packageDir() !== undefined;
}

/**
 * The package's fonts where the machine has no fontconfig of its own (a bare container): without them the
 * browser would have no font at all. Where the machine has fonts, they stay in use as with any browser.
 */
export function npmChromiumFontConfig(env: Record<string, string | undefined>, systemConfig = '/etc/fonts/fonts.conf'): { FONTCONFIG_PATH?: string } {
  if (env.FONTCONFIG_PATH || env.FONTCONFIG_FILE || fs.existsSync(systemConfig)) return {};
  return { FONTCONFIG_PATH: path.join(os.tmpdir(), 'fonts') };
}

interface UnpackedMarker {
  version: string;
  size: number;
}

/** The unpacked program, unpacking it first when it is missing, half-written or of another version. */
export async function unpackNpmChromium(): Promise<string> {
  const dir = packageDir();
  if (!dir) throw new Error(`${packageName} is not installed`);
  const { version } = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string };
  const tmp = os.tmpdir();
  const program = path.join(tmp, 'chromium');
  const marker = path.join(tmp, 'chromium.newsdesk-unpacked.json');
  const complete = () => {
    try {
      const recorded = JSON.parse(fs.readFileSync(marker, 'utf8')) as UnpackedMarker;
      return recorded.version === version && fs.statSync(program).size === recorded.size;
    } catch {
      return false;
    }
  };
  if (complete()) return program;
  await underLock(path.join(tmp, 'chromium.newsdesk-unpacking'), async () => {
    if (complete()) return;
    fs.rmSync(program, { force: true });
    fs.rmSync(path.join(tmp, 'fonts'), { recursive: true, force: true });
    const { default: chromium } = await import('@sparticuz/chromium');
    const unpacked = await chromium.executablePath();
    fs.writeFileSync(marker, JSON.stringify({ version, size: fs.statSync(unpacked).size } satisfies UnpackedMarker));
  });
  return program;
}

/** Runs `work` while holding a lock folder (mkdir is atomic), waiting for another holder; a stale lock is taken over. */
async function underLock(lock: string, work: () => Promise<void>): Promise<void> {
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const age = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > staleLockMs) fs.rmSync(lock, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    await work();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}
