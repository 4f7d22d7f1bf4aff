// The typefaces an exported page carries inside itself, so it looks the same on any machine and prints every
// Vietnamese mark: Noto Serif (body, headline) and Noto Sans (dateline, captions, credits), from the
// @fontsource packages, as data: URLs in @font-face rules. Only the Latin and Vietnamese subsets, split by
// unicode-range as fontsource ships them (together they hold every precomposed Vietnamese letter); about
// 140 KB in all. Both fonts are under the SIL Open Font License 1.1: each woff2 keeps its copyright and
// licence in its name table, and the rules say so in a comment.
import fs from 'node:fs';
import { createRequire } from 'node:module';

interface Face {
  package: '@fontsource/noto-serif' | '@fontsource/noto-sans';
  family: string;
  weight: 400 | 700;
  style: 'normal' | 'italic';
}

const faces: readonly Face[] = [
  { package: '@fontsource/noto-serif', family: 'Noto Serif', weight: 400, style: 'normal' },
  { package: '@fontsource/noto-serif', family: 'Noto Serif', weight: 400, style: 'italic' },
  { package: '@fontsource/noto-serif', family: 'Noto Serif', weight: 700, style: 'normal' },
  { package: '@fontsource/noto-serif', family: 'Noto Serif', weight: 700, style: 'italic' },
  { package: '@fontsource/noto-sans', family: 'Noto Sans', weight: 400, style: 'normal' },
  { package: '@fontsource/noto-sans', family: 'Noto Sans', weight: 400, style: 'italic' },
  { package: '@fontsource/noto-sans', family: 'Noto Sans', weight: 700, style: 'normal' },
];

const subsets = ['latin', 'vietnamese'] as const;

// CommonJS (the bundled Electron main) has its own require; ES modules (the CLI, tests) make one.
const requireHere: NodeJS.Require = typeof require === 'function' ? require : createRequire(import.meta.url);

let cached: string | undefined;

/** The @font-face rules, built once per process. */
export function bundledFontFaces(): string {
  cached ??= [
    '/* Noto Serif and Noto Sans: Copyright 2022 The Noto Project Authors. SIL Open Font License 1.1 (OFL-1.1); each font file carries its licence in its name table */',
    ...faces.flatMap((face) => subsets.map((subset) => fontFace(face, subset))),
  ].join('\n');
  return cached;
}

/** The licence texts of both fonts, for a package that carries them. */
export function bundledFontLicence(): string {
  const packages = [...new Set(faces.map((face) => face.package))];
  return packages.map((pkg) => `${pkg}\n\n${fs.readFileSync(requireHere.resolve(`${pkg}/LICENSE`), 'utf8').trim()}\n`).join('\n\n');
}

/** Every module specifier these rules read at run time (the package check resolves each inside the app). */
export function bundledFontSpecifiers(): string[] {
  const packages = [...new Set(faces.map((face) => face.package))];
  const fonts = faces.flatMap((face) => subsets.map((subset) => fontSpecifier(face, subset)));
  return [...packages.flatMap((pkg) => [`${pkg}/LICENSE`, `${pkg}/unicode.json`]), ...fonts];
}

function fontSpecifier(face: Face, subset: (typeof subsets)[number]): string {
  const stem = face.package.slice('@fontsource/'.length);
  return `${face.package}/files/${stem}-${subset}-${face.weight}-${face.style}.woff2`;
}

function fontFace(face: Face, subset: (typeof subsets)[number]): string {
  const file = requireHere.resolve(fontSpecifier(face, subset));
  const ranges = unicodeRanges(face.package)[subset];
  const data = fs.readFileSync(file).toString('base64');
  return `@font-face{font-family:'${face.family}';font-style:${face.style};font-weight:${face.weight};font-display:swap;src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${ranges}}`;
}

const rangesByPackage = new Map<string, Record<string, string>>();

function unicodeRanges(pkg: string): Record<string, string> {
  let ranges = rangesByPackage.get(pkg);
  if (!ranges) {
    ranges = JSON.parse(fs.readFileSync(requireHere.resolve(`${pkg}/unicode.json`), 'utf8')) as Record<string, string>;
    rangesByPackage.set(pkg, ranges);
  }
  return ranges;
}
