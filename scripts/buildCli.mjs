// The CLI's bundle: cli/main.ts and the sources it imports, bundled by esbuild into dist/cli, so `newsdesk`
// starts without compiling TypeScript. `npm install` builds it (the `prepare` script); bin/newsdesk.mjs checks
// it on every start and rebuilds it when a source it was built from has changed since, so a developer's edit
// is in the next run. That check reads one small manifest and stats ~150 files: no esbuild, no sources loaded.
//
// dist/cli/manifest.json names the current build and lists its inputs. Every build goes to a folder of its
// own (build-<time>-<pid>) and the manifest is replaced in one rename once the build is complete, so two
// processes rebuilding at once, or one running while another rebuilds, always see a whole bundle.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const defaultRepoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Files that shape every build besides the sources themselves. */
const buildConfigFiles = ['scripts/buildCli.mjs', 'tsconfig.json', 'package.json'];
/** Old builds stay this long, so a process started from one can still load its lazy chunks. */
const keepOldBuildsMs = 10 * 60 * 1000;

export function cliBundleDir(repoRoot = defaultRepoRoot) {
  return path.join(repoRoot, 'dist', 'cli');
}

function readManifest(repoRoot) {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(cliBundleDir(repoRoot), 'manifest.json'), 'utf8'));
    return typeof manifest.entry === 'string' && typeof manifest.builtAt === 'number' && Array.isArray(manifest.inputs) ? manifest : undefined;
  } catch {
    return undefined;
  }
}

/** True when an input is missing or was changed after the build began reading the sources. */
function isStale(repoRoot, manifest) {
  for (const input of manifest.inputs) {
    const stat = fs.statSync(path.join(repoRoot, input), { throwIfNoEntry: false });
    if (!stat || stat.mtimeMs > manifest.builtAt) return true;
  }
  return !fs.existsSync(path.join(cliBundleDir(repoRoot), manifest.entry));
}

/**
 * The entry file of the current bundle, or undefined when there is none or it is older than its sources.
 * Without sources (a copy that carries only the bundle) a bundle is current by definition.
 */
export function freshCliBundle(repoRoot = defaultRepoRoot) {
  const manifest = readManifest(repoRoot);
  if (!manifest) return undefined;
  const entry = path.join(cliBundleDir(repoRoot), manifest.entry);
  if (!fs.existsSync(path.join(repoRoot, 'cli', 'main.ts'))) return fs.existsSync(entry) ? entry : undefined;
  return isStale(repoRoot, manifest) ? undefined : entry;
}

/** Builds the bundle now and makes it the current one; returns its entry file. */
export async function buildCli(repoRoot = defaultRepoRoot) {
  const { build } = await import('esbuild');
  const outRoot = cliBundleDir(repoRoot);
  const buildName = `build-${Date.now()}-${process.pid}`;
  const builtAt = Date.now();
  const result = await build({
    absWorkingDir: repoRoot,
    entryPoints: { newsdesk: 'cli/main.ts' },
    outdir: path.join(outRoot, buildName),
    bundle: true,
    // Chunks: a command's dynamic import() stays a separate file, loaded (with its packages) only when it runs.
    splitting: true,
    format: 'esm',
    outExtension: { '.js': '.mjs' },
    platform: 'node',
    target: 'node20',
    // Packages load from node_modules as they are: native ones (better-sqlite3, sharp, exiftool-vendored) must,
    // jsdom reads files from beside its modules, and an `npm install` of a new version needs no rebuild.
    packages: 'external',
    // Bundled sources may test for `require` (export/html/bundledFonts.ts); in ESM it is not defined otherwise.
    banner: { js: "import { createRequire as __newsdeskCreateRequire } from 'node:module'; const require = __newsdeskCreateRequire(import.meta.url);" },
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'silent',
  });
  const sources = Object.keys(result.metafile.inputs).filter((input) => !input.startsWith('node_modules/') && !input.startsWith('<'));
  const manifest = { entry: `${buildName}/newsdesk.mjs`, builtAt, inputs: [...buildConfigFiles, ...sources].sort() };
  const temp = path.join(outRoot, `manifest.json.${process.pid}.tmp`);
  fs.writeFileSync(temp, `${JSON.stringify(manifest, null, 2)}\n`);
  fs.renameSync(temp, path.join(outRoot, 'manifest.json'));
  removeOldBuilds(outRoot, buildName);
  return path.join(outRoot, manifest.entry);
}

/** The entry file of a current bundle, building one first when needed. */
export async function ensureCliBundle(repoRoot = defaultRepoRoot) {
  return freshCliBundle(repoRoot) ?? buildCli(repoRoot);
}

function removeOldBuilds(outRoot, current) {
  const now = Date.now();
  for (const name of fs.readdirSync(outRoot)) {
    if (!name.startsWith('build-') || name === current) continue;
    const folder = path.join(outRoot, name);
    const stat = fs.statSync(folder, { throwIfNoEntry: false });
    if (stat && now - stat.mtimeMs > keepOldBuildsMs) fs.rmSync(folder, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    await buildCli();
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
