// The Chromium that prints PDFs from the CLI and runs the browser tests, looked for in this order: the program
// CHROME_PATH names; a system Chrome or Chromium at its usual places on Linux, macOS and Windows; else the
// Chromium of the npm devDependency @sparticuz/chromium, unpacked on first launch. A candidate that is not an
// executable regular file is passed over. A packaged app has no devDependencies: there the last step finds none.
import fs from 'node:fs';
import path from 'node:path';
import { npmChromiumFontConfig, npmChromiumInstalled, unpackNpmChromium } from './npmChromium';

export type Env = Record<string, string | undefined>;

export interface ChromiumSearch {
  env?: Env;
  platform?: NodeJS.Platform;
  /** The system places to look, in order; by default the usual ones of `platform`. */
  systemCandidates?: readonly string[];
  /** Whether the npm Chromium can be had here; by default, whether @sparticuz/chromium is installed for this machine. */
  npmChromium?: boolean;
}

export type FoundChromium =
  | { source: 'CHROME_PATH' | 'system'; executablePath: string }
  /** Its program exists only once unpacked, which `chromiumLaunchOptions` does. */
  | { source: 'npm' };

export interface ChromiumLaunchOptions {
  executablePath: string;
  args: string[];
  env: Env;
}

/**
 * What every launch passes. --no-sandbox: CI runs as root, and containers often lack the user namespaces the
 * sandbox needs. The rest keep a headless browser from reaching the network or updating itself. None of
 * @sparticuz/chromium's own `args` are taken: --single-process and --no-zygote work around AWS Lambda's limits
 * (not ours), and --disable-web-security or --disable-site-isolation-trials would switch off the very
 * content security policy the browser tests check. Headless mode is Playwright's to set.
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The usual places of Chrome and Chromium; on Windows under the Program Files and per-user folders. */
export function systemChromiumCandidates(platform: NodeJS.Platform = process.platform, env: Env = process.env): string[] {
  if (platform === 'darwin') {
    const apps = ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Chromium.app/Contents/MacOS/Chromium'];
    const home = env.HOME ? [path.join(env.HOME, 'Applications')] : [];
    return ['/Applications', ...home].flatMap((dir) => apps.map((app) => path.join(dir, app)));
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((root): root is string => Boolean(root));
    const programs = ['Google\\Chrome\\Application\\chrome.exe', 'Chromium\\Application\\chrome.exe'];
    return roots.flatMap((root) => programs.map((program) => path.win32.join(root, program)));
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'];
}

export function isExecutableFile(file: string, platform: NodeJS.Platform = process.platform): boolean {
  try {
    if (!fs.statSync(file).isFile()) return false;
    // Windows has no execute bit: an existing chrome.exe is a program.
    if (platform !== 'win32') fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The Chromium to use, or undefined when there is none. Decides without unpacking anything, so it is cheap. */
export function findChromium(search: ChromiumSearch = {}): FoundChromium | undefined {
  const env = search.env ?? process.env;
  const platform = search.platform ?? process.platform;
  // A CHROME_PATH that names no program is an error to report, not a reason to run another browser.
  const given = env.CHROME_PATH?.trim();
  if (given) return isExecutableFile(given, platform) ? { source: 'CHROME_PATH', executablePath: given } : undefined;
  const system = (search.systemCandidates ?? systemChromiumCandidates(platform, env)).find((candidate) => isExecutableFile(candidate, platform));
  if (system) return { source: 'system', executablePath: system };
  return (search.npmChromium ?? npmChromiumInstalled()) ? { source: 'npm' } : undefined;
}

/** How to launch what `findChromium` found; the npm Chromium is unpacked here on first use. */
export async function chromiumLaunchOptions(found: FoundChromium, env: Env = process.env): Promise<ChromiumLaunchOptions> {
  if (found.source !== 'npm') return { executablePath: found.executablePath, args: [...chromiumArgs], env: { ...env } };
  const executablePath = await unpackNpmChromium();
  return { executablePath, args: [...chromiumArgs], env: { ...env, ...npmChromiumFontConfig(env) } };
}
