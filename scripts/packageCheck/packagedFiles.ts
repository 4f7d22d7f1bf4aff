// What app.asar holds, read from its header with @electron/asar: every file with its size and whether it sits
// in app.asar.unpacked beside it (native code cannot be loaded from inside the archive).
import fs from 'node:fs';
import path from 'node:path';
import { getRawHeader } from '@electron/asar';

export interface PackagedFile {
  /** Inside the app, with forward slashes and no leading slash: node_modules/sharp/package.json. */
  path: string;
  size: number;
  unpacked: boolean;
}

interface HeaderEntry {
  files?: Record<string, HeaderEntry>;
  size?: number;
  unpacked?: boolean;
  link?: string;
}

export function listPackagedFiles(asarPath: string): PackagedFile[] {
  const { header } = getRawHeader(asarPath) as unknown as { header: HeaderEntry };
  const files: PackagedFile[] = [];
  const walk = (entry: HeaderEntry, prefix: string) => {
    for (const [name, child] of Object.entries(entry.files ?? {})) {
      const childPath = prefix ? `${prefix}/${name}` : name;
      if (child.files) walk(child, childPath);
      else if (child.link === undefined) files.push({ path: childPath, size: child.size ?? 0, unpacked: child.unpacked === true });
    }
  };
  walk(header, '');
  return files;
}

/** Bytes on disk under a folder (app.asar.unpacked), 0 when it does not exist. */
export function folderSize(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return total;
}
