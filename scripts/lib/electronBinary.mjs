// Electron's npm package fetches its binary on first use. npm start makes sure it is there before anything
// else (no point building an app that cannot run) and explains in one line when it cannot be fetched.
import fs from 'node:fs';
import path from 'node:path';
import { cannotStartLine, failureGist } from './cannotStart.mjs';
import { runCaptured } from './runCaptured.mjs';

/** Mirrors node_modules/electron/index.js, without its side effect of downloading. Null when not installed. */
export function findElectronBinary(electronDir, env = process.env) {
  const pathFile = path.join(electronDir, 'path.txt');
  const relative = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : '';
  let binary = null;
  if (env.ELECTRON_OVERRIDE_DIST_PATH) binary = path.join(env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron');
  else if (relative) binary = path.join(electronDir, 'dist', relative);
  return binary && fs.existsSync(binary) ? binary : null;
}

export function runElectronInstaller(electronDir, env = process.env) {
  return runCaptured(process.execPath, [path.join(electronDir, 'install.js')], { cwd: electronDir, env });
}

export const electronMissingAdvice = 'npm start needs network access once to fetch it; npm test works without it.';

/**
 * Resolves with { ok: true, binary } or { ok: false, message }, message being the one line to print.
 * `install` is Electron's own installer unless a test passes another.
 */
export async function ensureElectronBinary({ electronDir, env = process.env, install = () => runElectronInstaller(electronDir, env) }) {
  const existing = findElectronBinary(electronDir, env);
  if (existing) return { ok: true, binary: existing };
  const result = await install();
  const binary = findElectronBinary(electronDir, env);
  if (result.code === 0 && binary) return { ok: true, binary };
  const gist = result.code === 0 ? 'the installer finished but the binary is still missing' : failureGist(result.output);
  return {
    ok: false,
    message: cannotStartLine(`Electron's binary could not be downloaded (${gist}). ${electronMissingAdvice}`),
  };
}
