// The package check's rules on made-up packages, so each kind of fault is shown to be caught and named; the
// real build is checked in tests/interop/packageCheck.test.ts.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../helpers/tempDir';
import { bundledSourceFolders, externalImports, packageNameOf, type BundleMetafiles } from '../../scripts/packageCheck/bundleImports';
import { formatFindings } from '../../scripts/packageCheck/findings';
import { parseDesktopEntry } from '../../scripts/packageCheck/installerMetadata';
import { checkBundledSources, checkPackageContents, referencedAssets, type ContentRules } from '../../scripts/packageCheck/packageContents';
import { checkPackagedModules } from '../../scripts/packageCheck/packagedModules';
import { checkSizeBudget, sizeReport } from '../../scripts/packageCheck/packageSize';
import type { PackagedFile } from '../../scripts/packageCheck/packagedFiles';

const tempDir = useTempDirs('newsdesk-package-rules');

function writeFiles(root: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  }
}

const metafiles: BundleMetafiles = {
  main: {
    inputs: {},
    outputs: {
      'dist/electron/main.cjs': {
        imports: [
          { path: 'node:fs', kind: 'require-call', external: true },
          { path: 'jsdom', kind: 'require-call', external: true },
          { path: 'playwright-core', kind: 'dynamic-import', external: true },
          { path: '@scope/native/lib/load', kind: 'require-call', external: true },
          { path: 'electron', kind: 'require-call', external: true },
          { path: 'store/library.ts', kind: 'require-call' },
        ],
        inputs: { 'electron/main.ts': {}, 'library/library.ts': {}, 'transport/server.ts': {}, '../../main/node_modules/zod/index.js': {} },
      },
      'dist/electron/main.cjs.map': { imports: [], inputs: {} },
    },
  },
};

describe('what the bundles need, from the metafile', () => {
  it('lists the external packages with how they are imported, leaving out builtins and bundled files', () => {
    expect(externalImports(metafiles).map(({ bundle, packageName, kinds }) => [bundle, packageName, kinds.join()])).toEqual([
      ['main.cjs', 'jsdom', 'require-call'],
      ['main.cjs', 'playwright-core', 'dynamic-import'],
      ['main.cjs', '@scope/native', 'require-call'],
      ['main.cjs', 'electron', 'require-call'],
    ]);
    expect(packageNameOf('tldts/dist/cjs')).toBe('tldts');
  });

  it('names every source folder a bundle carries, wherever it moved, and flags the transport', () => {
    const folders = bundledSourceFolders(metafiles);
    expect([...(folders.get('main.cjs') ?? [])]).toEqual(['electron', 'library', 'transport']);
    expect(checkBundledSources(folders)).toEqual([{ kind: 'extra', what: 'main.cjs bundles sources from transport/' }]);
  });
});

describe('modules resolving inside the package', () => {
  const rules = { unshipped: ['electron', 'playwright-core'], installTimeOnly: { 'prebuild-install': 'install only' }, runtimeSpecifiers: ['fonts/files/a.woff2', 'fonts/files/b.woff2'] };

  it('passes a package where every import, its exports and its dependencies are there', () => {
    const root = tempDir();
    writeFiles(root, {
      'dist/electron/main.cjs': '',
      'node_modules/jsdom/package.json': JSON.stringify({ name: 'jsdom', main: 'lib/api.js', dependencies: { whatwg: '1', 'prebuild-install': '7' } }),
      'node_modules/jsdom/lib/api.js': '',
      'node_modules/jsdom/node_modules/whatwg/package.json': JSON.stringify({ name: 'whatwg', optionalDependencies: { absent: '1' }, dependencies: { '@types/whatwg': '1' } }),
      'node_modules/@types/whatwg/package.json': JSON.stringify({ name: '@types/whatwg', exports: { '.': { require: './index.d.ts' } } }),
      'node_modules/@scope/native/package.json': JSON.stringify({ name: '@scope/native', exports: { './lib/load': './dist/load.cjs' } }),
      'node_modules/@scope/native/dist/load.cjs': '',
      'node_modules/fonts/package.json': JSON.stringify({ name: 'fonts', exports: { './files/*': './files/*' } }),
      'node_modules/fonts/files/a.woff2': '',
      'node_modules/fonts/files/b.woff2': '',
    });
    expect(checkPackagedModules(root, externalImports(metafiles), rules)).toEqual([]);
  });

  it('names a missing dependency, an export that does not resolve, a missing runtime file and an eager import of what is left out', () => {
    const root = tempDir();
    writeFiles(root, {
      'dist/electron/main.cjs': '',
      'node_modules/jsdom/package.json': JSON.stringify({ name: 'jsdom', main: 'lib/api.js', dependencies: { whatwg: '1', luxon: '3' } }),
      'node_modules/jsdom/lib/api.js': '',
      'node_modules/luxon/package.json': JSON.stringify({ name: 'luxon', exports: { '.': { require: './build/node/luxon.js' } } }),
      'node_modules/luxon/build/es6/luxon.mjs': '',
      'node_modules/@scope/native/package.json': JSON.stringify({ name: '@scope/native', exports: { '.': './index.js' } }),
      'node_modules/playwright-core/package.json': JSON.stringify({ name: 'playwright-core' }),
      'node_modules/fonts/package.json': JSON.stringify({ name: 'fonts', exports: { './files/*': './files/*' } }),
      'node_modules/fonts/files/a.woff2': '',
    });
    const eager = externalImports(metafiles).map((entry) => (entry.packageName === 'playwright-core' ? { ...entry, kinds: ['require-call'] } : entry));
    expect(checkPackagedModules(root, eager, rules)).toEqual([
      { kind: 'wrong', what: 'main.cjs loads playwright-core at start (require-call), but the package leaves it out' },
      { kind: 'extra', what: 'node_modules/playwright-core: left out on purpose, yet packaged' },
      { kind: 'missing', what: 'main.cjs imports @scope/native/lib/load: does not resolve inside the package' },
      { kind: 'missing', what: 'main.cjs reads fonts/files/b.woff2: does not resolve inside the package' },
      { kind: 'missing', what: 'node_modules/whatwg, a dependency of jsdom' },
      { kind: 'missing', what: 'the entry point of node_modules/luxon, required by jsdom' },
    ]);
  });
});

describe('what the package holds', () => {
  const file = (filePath: string, unpacked = false, size = 1): PackagedFile => ({ path: filePath, size, unpacked });
  const complete = [
    file('package.json'),
    file('dist/electron/main.cjs'),
    file('dist/electron/preload.cjs'),
    file('dist/renderer/index.html'),
    file('dist/renderer/assets/index.js'),
    file('node_modules/@img/sharp-linux-x64/lib/sharp-linux-x64.node', true),
    file('node_modules/@img/sharp-libvips-linux-x64/lib/libvips-cpp.so.8.17.3', true),
    file('node_modules/exiftool-vendored.pl/bin/exiftool', true),
    file('node_modules/@fontsource/noto-serif/files/noto-serif-vietnamese-400-normal.woff2'),
  ];
  const rules: ContentRules = {
    rendererFiles: ['index.html', 'assets/index.js'],
    rendererReferences: ['assets/index.js'],
    usedFontFiles: ['node_modules/@fontsource/noto-serif/files/noto-serif-vietnamese-400-normal.woff2'],
  };

  it('passes the bundles, the renderer, native code outside the archive and the used fonts', () => {
    expect(checkPackageContents(complete, rules)).toEqual([]);
  });

  it('names what is missing, what is extra and native code left inside the archive', () => {
    const files = [
      ...complete.filter((entry) => !['dist/renderer/assets/index.js', 'node_modules/exiftool-vendored.pl/bin/exiftool'].includes(entry.path)),
      file('node_modules/@img/sharp-libvips-linux-x64/lib/libvips.so.42'),
      file('node_modules/other/build/Release/addon.node'),
      file('dist/electron/main.cjs.map'),
      file('dist/cli/newsdesk.mjs'),
      file('store/library.ts'),
      file('node_modules/exiftool-vendored.pl/bin/lib/Image/ExifTool/TagNames.pod', true),
      file('node_modules/@fontsource/noto-serif/files/noto-serif-greek-400-normal.woff2'),
      file('node_modules/playwright-core/lib/server/chromium.js'),
      file('node_modules/playwright-core/lib/server/page.js'),
    ];
    expect(formatFindings(checkPackageContents(files, rules)).split('\n')).toEqual([
      'Missing from the package (3):',
      '  - dist/renderer/assets/index.js (built renderer file)',
      '  - dist/renderer/assets/index.js (referenced by index.html)',
      '  - exiftool (no file matches ^node_modules\\/exiftool-vendored\\.pl\\/bin\\/exiftool$)',
      'In the package, but not used at run time (6):',
      '  - dist/electron/main.cjs.map (source map)',
      '  - dist/cli/newsdesk.mjs (not a bundle, the renderer or package.json)',
      '  - store/library.ts (TypeScript source)',
      "  - node_modules/exiftool-vendored.pl/bin/lib/Image/ExifTool/TagNames.pod (exiftool's documentation, translations or geolocation data)",
      '  - node_modules/@fontsource/noto-serif/files/noto-serif-greek-400-normal.woff2 (a font no export embeds)',
      '  - node_modules/playwright-core/lib/server/… 2 files (headless-Chromium PDF printing; the app uses printToPDF)',
      'Not as it must be (2):',
      '  - node_modules/@img/sharp-libvips-linux-x64/lib/libvips.so.42: libvips inside app.asar, where it cannot run; it belongs in app.asar.unpacked',
      '  - node_modules/other/build/Release/addon.node: a native module inside app.asar; it belongs in app.asar.unpacked',
    ]);
  });

  it("reads index.html's local references and the desktop entry's keys", () => {
    const html = '<link rel="icon" href="data:,"><script type="module" src="./assets/index-x.js"></script><link href="/assets/index-x.css" rel="stylesheet">';
    expect(referencedAssets(html)).toEqual(['assets/index-x.js', 'assets/index-x.css']);
    const entry = parseDesktopEntry('[Desktop Entry]\nName=Newsdesk\nMimeType=text/plain;\n\n[Desktop Action new]\nName=New\n');
    expect(entry).toEqual({ Name: 'Newsdesk', MimeType: 'text/plain;' });
  });
});

describe('the size budget', () => {
  it('adds app.asar and the unpacked folder, names the largest parts and fails over 80 MB', () => {
    const files: PackagedFile[] = [
      { path: 'node_modules/@img/sharp-libvips-linux-x64/lib/libvips.so', size: 16e6, unpacked: true },
      { path: 'node_modules/jsdom/lib/api.js', size: 7e6, unpacked: false },
      { path: 'dist/electron/main.cjs', size: 3e6, unpacked: false },
    ];
    const report = sizeReport(files, 10e6, 16e6);
    expect(report.parts.map((part) => part.name)).toEqual(['@img/sharp-libvips-linux-x64', 'jsdom', 'dist/electron']);
    expect(checkSizeBudget(report)).toEqual([]);
    expect(checkSizeBudget(sizeReport(files, 60e6, 20.5e6))).toEqual([
      { kind: 'wrong', what: 'app.asar and app.asar.unpacked hold 80.5 MB, over the 80 MB budget' },
    ]);
  });
});

describe('the build output', () => {
  it('stays out of git: release/ (the package) and dist/ (the bundles and their metafile) are ignored', () => {
    const ignored = spawnSync('git', ['check-ignore', 'release/linux-unpacked/resources/app.asar', 'dist/electron/esbuild-meta.json'], { encoding: 'utf8' });
    expect(ignored.stdout.trim().split('\n')).toEqual(['release/linux-unpacked/resources/app.asar', 'dist/electron/esbuild-meta.json']);
  });
});
