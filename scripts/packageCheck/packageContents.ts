// Rules on the list of packaged files: what must be there (the bundles, the renderer, native code outside the
// archive) and what must not (source maps, TypeScript, the project's own sources, tests, bench, scripts, the
// CLI, the loopback transport, and the data files the app never reads).
import type { Finding } from './findings';
import type { PackagedFile } from './packagedFiles';

export interface ContentRules {
  /** Every file of the local dist/renderer, relative to it. */
  rendererFiles: readonly string[];
  /** The asset paths index.html references (./assets/x.js → assets/x.js). */
  rendererReferences: readonly string[];
  /** Packaged paths of the font files the exports embed (resolved from bundledFontSpecifiers). */
  usedFontFiles: readonly string[];
}

const bundles = ['dist/electron/main.cjs', 'dist/electron/preload.cjs'];

/** Native code: `required` must be there for this platform; everything in `scope` must sit outside the archive. */
const nativeCode: { what: string; required: RegExp; scope: RegExp }[] = [
  { what: "sharp's native module", required: /^node_modules\/@img\/sharp-linux-x64\/lib\/[^/]+\.node$/, scope: /^node_modules\/@img\/sharp-linux-x64\/lib\// },
  { what: 'libvips', required: /^node_modules\/@img\/sharp-libvips-linux-x64\/lib\/libvips[^/]*\.so[.\d]*$/, scope: /^node_modules\/@img\/sharp-libvips-linux-x64\/lib\// },
  { what: 'exiftool', required: /^node_modules\/exiftool-vendored\.pl\/bin\/exiftool$/, scope: /^node_modules\/exiftool-vendored\.pl\/bin\// },
];

const neverShipped: { what: string; pattern: RegExp }[] = [
  { what: 'source map', pattern: /\.map$/ },
  { what: 'TypeScript source', pattern: /\.(ts|tsx|mts|cts)$/ },
  { what: "exiftool's documentation, translations or geolocation data", pattern: /^node_modules\/exiftool-vendored\.pl\/bin\/lib\/Image\/ExifTool\/(Lang\/|Geolocation\.dat$|[^/]+\.pod$)/ },
  { what: 'headless-Chromium PDF printing; the app uses printToPDF', pattern: /^node_modules\/(playwright-core|@sparticuz\/chromium)\// },
];

/** The files of the package apart from node_modules: the two bundles, the renderer and package.json. */
function isAppFile(file: string): boolean {
  return file === 'package.json' || bundles.includes(file) || file.startsWith('dist/renderer/');
}

export function checkPackageContents(files: readonly PackagedFile[], rules: ContentRules): Finding[] {
  const findings: Finding[] = [];
  const byPath = new Map(files.map((file) => [file.path, file]));
  const need = (file: string, why: string) => {
    if (!byPath.has(file)) findings.push({ kind: 'missing', what: `${file} (${why})` });
  };

  for (const bundle of bundles) need(bundle, 'the Electron bundle');
  need('package.json', "the app's manifest");
  need('dist/renderer/index.html', "the renderer's page");
  for (const file of rules.rendererFiles) need(`dist/renderer/${file}`, 'built renderer file');
  for (const reference of rules.rendererReferences) need(`dist/renderer/${reference}`, 'referenced by index.html');
  for (const font of rules.usedFontFiles) need(font, 'embedded by the exports');

  for (const { what, required, scope } of nativeCode) {
    if (!files.some((file) => required.test(file.path))) findings.push({ kind: 'missing', what: `${what} (no file matches ${required.source})` });
    for (const file of files.filter((entry) => scope.test(entry.path) && !entry.unpacked)) {
      findings.push({ kind: 'wrong', what: `${file.path}: ${what} inside app.asar, where it cannot run; it belongs in app.asar.unpacked` });
    }
  }
  for (const file of files.filter((entry) => entry.path.endsWith('.node') && !entry.unpacked)) {
    if (!nativeCode.some(({ scope }) => scope.test(file.path))) {
      findings.push({ kind: 'wrong', what: `${file.path}: a native module inside app.asar; it belongs in app.asar.unpacked` });
    }
  }

  const usedFonts = new Set(rules.usedFontFiles);
  const extras = new Map<string, string[]>();
  const extra = (file: string, why: string) => extras.set(why, [...(extras.get(why) ?? []), file]);
  for (const { path: file } of files) {
    const rule = neverShipped.find(({ pattern }) => pattern.test(file));
    if (rule) extra(file, rule.what);
    else if (!file.startsWith('node_modules/') && !isAppFile(file)) extra(file, 'not a bundle, the renderer or package.json');
    else if (/^node_modules\/@fontsource\/[^/]+\/files\//.test(file) && !usedFonts.has(file)) extra(file, 'a font no export embeds');
  }
  for (const [why, paths] of extras) findings.push(...groupedByFolder(paths).map((what): Finding => ({ kind: 'extra', what: `${what} (${why})` })));
  return findings;
}

/** One line a file, or a folder's files on one line ("node_modules/x/… 1,204 files") when a folder holds several. */
function groupedByFolder(paths: readonly string[]): string[] {
  const byFolder = new Map<string, string[]>();
  for (const file of paths) {
    const parts = file.split('/');
    const folder = parts[0] === 'node_modules' ? parts.slice(0, parts[1]?.startsWith('@') ? 3 : 2).join('/') : (parts[0] ?? file);
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), file]);
  }
  return [...byFolder].flatMap(([folder, inFolder]) => (inFolder.length === 1 ? inFolder : [`${commonFolder(inFolder) || folder}/… ${inFolder.length.toLocaleString('en')} files`]));
}

function commonFolder(paths: readonly string[]): string {
  const split = paths.map((file) => file.split('/').slice(0, -1));
  const first = split[0] ?? [];
  let length = 0;
  while (length < first.length && split.every((parts) => parts[length] === first[length])) length += 1;
  return first.slice(0, length).join('/');
}

/** Source folders that must never be bundled into the app: the CLI, the loopback transport, tests, bench, scripts. */
export const sourceFoldersNeverBundled = ['cli', 'transport', 'tests', 'bench', 'scripts', 'bin'];

export function checkBundledSources(folders: Map<string, Set<string>>): Finding[] {
  return [...folders].flatMap(([bundle, set]) =>
    sourceFoldersNeverBundled.filter((folder) => set.has(folder)).map((folder): Finding => ({ kind: 'extra', what: `${bundle} bundles sources from ${folder}/` })),
  );
}

/** Asset paths an index.html references by src or href, relative to its folder. */
export function referencedAssets(indexHtml: string): string[] {
  const references = [...indexHtml.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((match) => match[1] ?? '');
  return references.filter((reference) => !/^[a-z][a-z0-9+.-]*:/i.test(reference) && !reference.startsWith('#')).map((reference) => reference.replace(/^\.?\//, ''));
}
