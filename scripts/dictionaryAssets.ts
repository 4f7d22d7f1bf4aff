// The spelling dictionaries as files of their own beside the renderer bundle: dist/renderer/dictionaries/
// <language>/ holds index.aff and index.dic exactly as the npm package has them, with the package's licence
// and a note of where they come from. The editor's worker fetches them at run time; they are data the app
// reads, never compiled into its code (dictionary-vi is GPL-2.0: see the README's "Spelling" section).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Plugin } from 'vite';

const requireHere = createRequire(import.meta.url);
const packages = { vi: 'dictionary-vi', en: 'dictionary-en' } as const;
const dataFiles = ['index.aff', 'index.dic'];

interface DictionaryFile {
  fileName: string;
  source: () => Buffer | string;
}

function dictionaryFiles(): DictionaryFile[] {
  return Object.entries(packages).flatMap(([language, name]) => {
    const folder = path.dirname(requireHere.resolve(name));
    const manifest = JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8')) as { version: string; license: string; repository: string };
    const note = `${name}@${manifest.version} (${manifest.license}), from https://www.npmjs.com/package/${name}\nsource: ${manifest.repository}\nShipped unchanged as data read at run time; the licence is LICENSE beside this file.\n`;
    return [
      ...dataFiles.map((file) => ({ fileName: `dictionaries/${language}/${file}`, source: () => fs.readFileSync(path.join(folder, file)) })),
      { fileName: `dictionaries/${language}/LICENSE`, source: () => fs.readFileSync(path.join(folder, 'license')) },
      { fileName: `dictionaries/${language}/SOURCE.txt`, source: () => note },
    ];
  });
}

export function dictionaryAssets(): Plugin {
  return {
    name: 'newsdesk-dictionaries',
    configureServer(server) {
      const files = new Map(dictionaryFiles().map((file) => [`/${file.fileName}`, file]));
      server.middlewares.use((request, response, next) => {
        const file = files.get((request.url ?? '').split('?')[0]!);
        if (!file) return next();
        response.setHeader('Content-Type', 'text/plain; charset=utf-8');
        response.end(file.source());
      });
    },
    generateBundle() {
      for (const file of dictionaryFiles()) this.emitFile({ type: 'asset', fileName: file.fileName, source: file.source() });
    },
  };
}
