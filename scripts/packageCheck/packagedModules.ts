// Whether everything the bundles load at run time is inside the package, resolved the way the app resolves it:
// Node's own resolution (node_modules lookup, package.json exports and main) from where each bundle sits, in a
// copy of app.asar extracted with its unpacked files; then every dependency of those packages, transitively.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ExternalImport } from './bundleImports';
import type { Finding } from './findings';

export interface ModuleRules {
  /** External on purpose and not packaged: Electron provides itself; the others may only be imported lazily. */
  unshipped: readonly string[];
  /** Dependencies a shipped package uses only when npm installs it, never at run time; each with its reason. */
  installTimeOnly: Readonly<Record<string, string>>;
  /** Specifiers main.cjs resolves itself at run time (require.resolve), beyond its imports. */
  runtimeSpecifiers: readonly string[];
}

/** appRoot: the extracted app (its dist/electron holds the bundles). */
export function checkPackagedModules(appRoot: string, imports: readonly ExternalImport[], rules: ModuleRules): Finding[] {
  const findings: Finding[] = [];
  const shippedDirs: { dir: string; via: string }[] = [];
  const fromBundle = (bundle: string) => path.join(appRoot, 'dist', 'electron', bundle);

  for (const { bundle, specifier, packageName, kinds } of imports) {
    if (rules.unshipped.includes(packageName)) {
      if (packageName !== 'electron' && kinds.some((kind) => kind !== 'dynamic-import')) {
        findings.push({ kind: 'wrong', what: `${bundle} loads ${specifier} at start (${kinds.join(', ')}), but the package leaves it out` });
      }
      if (findPackageDir(path.dirname(fromBundle(bundle)), packageName, appRoot)) {
        findings.push({ kind: 'extra', what: `node_modules/${packageName}: left out on purpose, yet packaged` });
      }
      continue;
    }
    if (resolveInside(appRoot, fromBundle(bundle), specifier, `${bundle} imports ${specifier}`, findings)) {
      const dir = findPackageDir(path.dirname(fromBundle(bundle)), packageName, appRoot);
      if (dir) shippedDirs.push({ dir, via: packageName });
    }
  }
  for (const specifier of rules.runtimeSpecifiers) {
    resolveInside(appRoot, fromBundle('main.cjs'), specifier, `main.cjs reads ${specifier}`, findings);
  }
  findings.push(...missingDependencies(appRoot, shippedDirs, rules.installTimeOnly));
  return findings;
}

function resolveInside(appRoot: string, fromFile: string, specifier: string, what: string, findings: Finding[]): boolean {
  try {
    const resolved = createRequire(fromFile).resolve(specifier);
    if (isInside(appRoot, resolved)) return true;
    findings.push({ kind: 'missing', what: `${what}: found only outside the package (${resolved})` });
  } catch {
    findings.push({ kind: 'missing', what: `${what}: does not resolve inside the package` });
  }
  return false;
}

/** Node's node_modules lookup for a package folder, from a folder upwards, never leaving the app. */
export function findPackageDir(fromDir: string, name: string, appRoot: string): string | undefined {
  for (let dir = fromDir; isInside(appRoot, dir); dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (fs.existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (dir === appRoot) break;
  }
  return undefined;
}

interface Manifest {
  name?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

function missingDependencies(appRoot: string, roots: { dir: string; via: string }[], installTimeOnly: Readonly<Record<string, string>>): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const queue = [...roots];
  for (let next = queue.shift(); next; next = queue.shift()) {
    if (seen.has(next.dir)) continue;
    seen.add(next.dir);
    const manifest = JSON.parse(fs.readFileSync(path.join(next.dir, 'package.json'), 'utf8')) as Manifest;
    const optional = new Set(Object.keys(manifest.optionalDependencies ?? {}));
    for (const name of new Set([...Object.keys(manifest.dependencies ?? {}), ...optional])) {
      const dir = findPackageDir(next.dir, name, appRoot);
      if (dir) {
        queue.push({ dir, via: `${next.via} → ${name}` });
        // Its entry point too, as its dependent requires it: a build left out (luxon keeps only its Node one).
        if (hasEntryPoint(dir) && !resolves(next.dir, name)) findings.push({ kind: 'missing', what: `the entry point of node_modules/${name}, required by ${next.via}` });
      } else if (!optional.has(name) && !(name in installTimeOnly)) {
        findings.push({ kind: 'missing', what: `node_modules/${name}, a dependency of ${next.via}` });
      }
    }
  }
  return findings;
}

/** Packages of JavaScript: those with a main, an exports map or an index.js (not types or binaries alone). */
function hasEntryPoint(dir: string): boolean {
  if (/[\\/]@types[\\/]/.test(dir)) return false;
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { main?: string; exports?: unknown };
  return Boolean(manifest.main) || manifest.exports !== undefined || fs.existsSync(path.join(dir, 'index.js'));
}

function resolves(fromDir: string, name: string): boolean {
  try {
    createRequire(path.join(fromDir, 'package.json')).resolve(name);
    return true;
  } catch (error) {
    // An exports map without "." (a package of subpaths only) has no entry point to require.
    return (error as NodeJS.ErrnoException).code === 'ERR_PACKAGE_PATH_NOT_EXPORTED';
  }
}

function isInside(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
