// Files the system asks Newsdesk to open ("Open with Newsdesk" in a file manager, the installers' file types):
// imported as articles, as File → Import… does. Linux and Windows pass them as arguments — the first launch's
// own, or a second launch's, forwarded to the running one — as paths or file: URLs (the desktop entry's %U);
// macOS sends them one by one with open-file, possibly before the library is open, so they wait for it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleImportExtensions } from '../contract/schemas/articleImport';

/** The files a launch's arguments (without the executable) name, with an extension Newsdesk imports. */
export function openedFilesFromArgv(args: readonly string[], workingDirectory: string): string[] {
  const files: string[] = [];
  for (const arg of args) {
    // Chromium's and Electron's switches; in development, the app folder `electron .` was given.
    if (arg.startsWith('-')) continue;
    let file: string;
    try {
      file = arg.startsWith('file:') ? fileURLToPath(arg) : path.resolve(workingDirectory, arg);
    } catch {
      continue; // a file: URL for another host, which is no local file
    }
    if (isImportable(file)) files.push(file);
  }
  return files;
}

export function isImportable(file: string): boolean {
  return (articleImportExtensions as readonly string[]).includes(path.extname(file).toLowerCase());
}

/** Holds opened files until an importer is there (the library opens after the app is ready), then hands them on. */
export class OpenedFiles {
  private waiting: string[] = [];
  private importer: ((files: string[]) => void) | undefined;

  open(files: readonly string[]): void {
    const importable = files.filter(isImportable);
    if (importable.length === 0) return;
    if (this.importer) this.importer(importable);
    else this.waiting.push(...importable);
  }

  startImporting(importer: (files: string[]) => void): void {
    this.importer = importer;
    const waiting = this.waiting.splice(0);
    if (waiting.length > 0) importer(waiting);
  }
}
