// Produces better-sqlite3 for Electron's ABI in native/electron-<version>-<platform>-<arch>/, leaving the Node
// build in node_modules/better-sqlite3/build untouched (the CLI and the tests load that one). It works on a
// throw-away copy of the package: first a prebuilt binary (prebuild-install), else a source build (node-gyp
// against Electron's headers). Usage: node scripts/electronNative.mjs [--arch <arch>] [--platform <platform>]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { failureGist } from './lib/cannotStart.mjs';
import { devNativeBindingPath, nativeBindingFileName, nativeFolderName, electronNativeFolderName } from '../electron/nativeBindingLocation.mjs';
import { runCaptured } from './lib/runCaptured.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const requireFromRepo = createRequire(path.join(repoRoot, 'package.json'));

/** What a source build needs from better-sqlite3; its build/ folder (the Node binary) is left out on purpose. */
const packageParts = ['package.json', 'binding.gyp', 'src', 'deps', 'lib'];

export function installedElectronVersion() {
  return requireFromRepo('electron/package.json').version;
}

/**
 * Resolves with { ok: true, path, built } or { ok: false, reason, logFile }. `built` is false when the binary
 * was already there (the usual case after the first start).
 */
export async function ensureElectronNative({
  electronVersion = installedElectronVersion(),
  platform = process.platform,
  arch = process.arch,
  onBuildStart = () => {},
} = {}) {
  const target = { electronVersion, platform, arch };
  const destination = devNativeBindingPath(repoRoot, target);
  if (fs.existsSync(destination)) return { ok: true, path: destination, built: false };
  onBuildStart(target);

  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-better-sqlite3-'));
  const attempts = [];
  try {
    copyPackage(path.dirname(requireFromRepo.resolve('better-sqlite3/package.json')), workDir);
    attempts.push(['prebuild-install', await runPrebuildInstall(workDir, target)]);
    const built = path.join(workDir, 'build', 'Release', nativeBindingFileName);
    if (!fs.existsSync(built) && platform === process.platform) {
      attempts.push(['node-gyp', await runNodeGyp(workDir, target)]);
    }
    if (fs.existsSync(built)) {
      fs.mkdirSync(path.dirname(destination), { recursive: true });
      // Copy then rename, so an interrupted copy never leaves a truncated binary that looks finished.
      fs.copyFileSync(built, `${destination}.partial`);
      fs.renameSync(`${destination}.partial`, destination);
      return { ok: true, path: destination, built: true };
    }
  } catch (error) {
    attempts.push(['copy', { code: 1, output: `Error: ${error instanceof Error ? error.message : String(error)}` }]);
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }

  return { ok: false, reason: describeFailure(attempts), logFile: writeLog(target, attempts) };
}

const networkTrouble = /network connectivity|ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|fetch failed/;

/** One clause per attempt, e.g. "no prebuilt binary (getaddrinfo ENOTFOUND github.com); node-gyp: …". */
export function describeFailure(attempts) {
  const clauses = attempts.map(([tool, run]) => {
    if (tool === 'prebuild-install') return `no prebuilt binary (${failureGist(run.output).replace(/^prebuild-install \S+ (install )?/, '')})`;
    if (tool === 'node-gyp' && networkTrouble.test(run.output)) return "node-gyp could not download Electron's headers";
    return `${tool}: ${failureGist(run.output)}`;
  });
  return clauses.join('; ') || 'nothing was attempted';
}

function copyPackage(from, to) {
  for (const part of packageParts) {
    const source = path.join(from, part);
    if (fs.existsSync(source)) fs.cpSync(source, path.join(to, part), { recursive: true });
  }
}

function runPrebuildInstall(workDir, { electronVersion, platform, arch }) {
  const bin = createRequire(path.join(workDir, 'package.json')).resolve('prebuild-install/bin.js', {
    paths: [path.dirname(requireFromRepo.resolve('better-sqlite3/package.json')), repoRoot],
  });
  const args = ['--runtime', 'electron', '--target', electronVersion, '--arch', arch, '--platform', platform, '--verbose'];
  return runCaptured(process.execPath, [bin, ...args], { cwd: workDir, env: buildEnv() });
}

async function runNodeGyp(workDir, { electronVersion, arch }) {
  const script = findNodeGyp();
  const args = [
    'rebuild',
    '--release',
    '--runtime=electron',
    `--target=${electronVersion}`,
    `--arch=${arch}`,
    '--dist-url=https://electronjs.org/headers',
    // Electron's headers get their own cache, apart from Node's.
    `--devdir=${path.join(os.homedir(), '.electron-gyp')}`,
  ];
  if (script) return runCaptured(process.execPath, [script, ...args], { cwd: workDir, env: buildEnv() });
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  return runCaptured(npx, ['--yes', 'node-gyp', ...args], { cwd: workDir, env: buildEnv(), shell: process.platform === 'win32' });
}

/** The repository's node-gyp, else the one bundled with npm (next to node, or under `npm prefix -g`). */
function findNodeGyp() {
  const bundled = (prefix) => [
    path.join(prefix, 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    path.join(prefix, 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  ];
  const candidates = [];
  try {
    candidates.push(requireFromRepo.resolve('node-gyp/bin/node-gyp.js'));
  } catch {
    // not installed in the repository
  }
  candidates.push(...bundled(path.resolve(path.dirname(process.execPath), '..')), ...bundled(path.dirname(process.execPath)));
  const globalPrefix = spawnSync('npm', ['prefix', '-g'], { encoding: 'utf8', shell: process.platform === 'win32' }).stdout?.trim();
  if (globalPrefix) candidates.push(...bundled(globalPrefix));
  return candidates.find((candidate) => fs.existsSync(candidate)) ?? null;
}

/**
 * npm passes its config down as npm_config_* variables; some would silently retarget the build (nodedir at
 * Node's headers, target, runtime…) and produce a Node binary in an Electron folder. Proxies and caches stay.
 */
const retargetingConfig = /^npm_config_(nodedir|target|target_arch|target_platform|runtime|disturl|dist_url|arch|platform|build_from_source|devdir)$/i;

export function buildEnv(env = process.env) {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !retargetingConfig.test(name)));
}

function writeLog(target, attempts) {
  const logFile = path.join(repoRoot, nativeFolderName, `${electronNativeFolderName(target)}.log`);
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const text = attempts.map(([tool, run]) => `### ${tool} (exit code ${run.code})\n${run.output}`).join('\n\n');
  fs.writeFileSync(logFile, `${text || 'nothing was attempted'}\n`);
  return logFile;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { arch: { type: 'string' }, platform: { type: 'string' } } });
  const result = await ensureElectronNative({
    ...values,
    onBuildStart: ({ electronVersion, platform, arch }) =>
      console.error(`newsdesk: building better-sqlite3 for Electron ${electronVersion} (${platform}-${arch})…`),
  });
  if (result.ok) {
    console.log(result.path);
  } else {
    console.error(`newsdesk: better-sqlite3 could not be built for Electron: ${result.reason}; details in ${path.relative(process.cwd(), result.logFile)}`);
    process.exitCode = 1;
  }
}
