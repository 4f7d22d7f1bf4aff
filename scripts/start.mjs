// npm start: make sure Electron's binary is there, build, make sure better-sqlite3 exists for Electron's ABI,
// then run the app. Any step that fails ends the script with one line saying what to do, and exit code 1.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureElectronNative, installedElectronVersion } from './electronNative.mjs';
import { cannotStartLine } from './lib/cannotStart.mjs';
import { ensureElectronBinary } from './lib/electronBinary.mjs';
import { noticeIfSlow } from './lib/noticeIfSlow.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = path.dirname(createRequire(path.join(repoRoot, 'package.json')).resolve('electron/package.json'));

async function main() {
  const electronVersion = installedElectronVersion();
  // First, because it is the step that needs the network: fail in a second rather than after a full build.
  const binary = await noticeIfSlow(ensureElectronBinary({ electronDir }), `newsdesk: downloading Electron ${electronVersion} (first start only)…`);
  if (!binary.ok) return fail(binary.message);

  const buildCode = await run(npmCommand(), [...npmArgs(), 'run', 'build']);
  if (buildCode !== 0) return fail(cannotStartLine(`the build failed (npm run build exited with code ${buildCode}; its messages are above).`));

  const native = await noticeIfSlow(
    ensureElectronNative({ electronVersion }),
    `newsdesk: fetching or building better-sqlite3 for Electron ${electronVersion} (first start only)…`,
  );
  if (!native.ok) {
    const log = path.relative(process.cwd(), native.logFile);
    return fail(
      cannotStartLine(
        `better-sqlite3 could not be built for Electron ${electronVersion}: ${native.reason}. npm start needs network access once for it (details in ${log}); npm test works without it.`,
      ),
    );
  }

  return launch(binary.binary);
}

/** Under npm, reuse the very npm that runs us; run directly, fall back to the one on PATH. */
function npmCommand() {
  if (process.env.npm_execpath) return process.execPath;
  return process.platform === 'win32' ? 'npm.cmd' : 'npm';
}

function npmArgs() {
  return process.env.npm_execpath ? [process.env.npm_execpath] : [];
}

function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: repoRoot, stdio: 'inherit', shell: command.endsWith('.cmd') });
    child.on('error', () => resolve(1));
    child.on('close', (code) => resolve(code ?? 1));
  });
}

function launch(electronBinary) {
  // ELECTRON_RUN_AS_NODE, inherited from some tools, would make Electron act as plain Node.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(electronBinary, [repoRoot], { cwd: repoRoot, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (child.exitCode === null) child.kill(signal);
    });
  }
  return new Promise((resolve) => {
    child.on('error', (error) => resolve(fail(cannotStartLine(`Electron could not be launched (${error.message}).`))));
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

function fail(line) {
  console.error(line);
  return 1;
}

try {
  process.exitCode = await main();
} catch (error) {
  process.exitCode = fail(cannotStartLine(error instanceof Error ? error.message : String(error)));
}
