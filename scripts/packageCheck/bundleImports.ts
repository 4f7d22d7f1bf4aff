// What the Electron bundles need at run time, read from esbuild's metafile (scripts/buildElectron.mjs writes it):
// the modules each bundle leaves external, with how they are imported, and the source folders bundled into it.
import { isBuiltin } from 'node:module';

interface Metafile {
  inputs: Record<string, unknown>;
  outputs: Record<string, { imports: { path: string; kind: string; external?: boolean }[]; inputs: Record<string, unknown> }>;
}

export type BundleMetafiles = Record<string, Metafile>;

export interface ExternalImport {
  /** The bundle's file name inside dist/electron: main.cjs, preload.cjs. */
  bundle: string;
  specifier: string;
  packageName: string;
  /** esbuild's import kinds: require-call, import-statement, dynamic-import… */
  kinds: string[];
}

/** 'jsdom' → 'jsdom'; '@img/sharp/lib/x' → '@img/sharp'; 'tldts/dist/cjs' → 'tldts'. */
export function packageNameOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

function bundleOutputs(metafiles: BundleMetafiles) {
  return Object.values(metafiles).flatMap((metafile) =>
    Object.entries(metafile.outputs)
      .filter(([file]) => !file.endsWith('.map'))
      .map(([file, output]) => ({ bundle: file.split('/').pop() ?? file, output })),
  );
}

export function externalImports(metafiles: BundleMetafiles): ExternalImport[] {
  const found = new Map<string, ExternalImport>();
  for (const { bundle, output } of bundleOutputs(metafiles)) {
    for (const { path: specifier, kind, external } of output.imports) {
      if (!external || isBuiltin(specifier)) continue;
      const key = `${bundle}\0${specifier}`;
      const entry = found.get(key) ?? { bundle, specifier, packageName: packageNameOf(specifier), kinds: [] };
      if (!entry.kinds.includes(kind)) entry.kinds.push(kind);
      found.set(key, entry);
    }
  }
  return [...found.values()];
}

/** Per bundle, the project's top-level folders whose sources it carries (node_modules left out). */
export function bundledSourceFolders(metafiles: BundleMetafiles): Map<string, Set<string>> {
  const folders = new Map<string, Set<string>>();
  for (const { bundle, output } of bundleOutputs(metafiles)) {
    const set = folders.get(bundle) ?? new Set<string>();
    for (const input of Object.keys(output.inputs)) {
      if (input.includes('node_modules/') || input.startsWith('..')) continue;
      set.add(input.includes('/') ? (input.split('/')[0] ?? input) : input);
    }
    folders.set(bundle, set);
  }
  return folders;
}
