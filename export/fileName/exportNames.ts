// The names an export takes in its destination: the main file, and the folder of a page's photos beside it.
// A name already taken by something that is not this article's earlier export is never replaced: into a
// folder, the export takes the first free `<slug> (2)`, `<slug> (3)`…; at the exact path a save dialog chose
// (the reporter already agreed to replace that file), a folder there is refused, and only the photo folder's
// name moves on to a free one.
import fs from 'node:fs';
import path from 'node:path';
import { NewsdeskError } from '../../common/errors/newsdeskError';

export interface ExportNames {
  fileName: string;
  filesFolder: string;
}

/** Past this many taken names something is wrong with the folder: refuse rather than search on. */
const maxTries = 1000;

export function exportNameTaken(target: string): NewsdeskError {
  return new NewsdeskError('exportNameTaken', { path: target }, `${target} exists and is not this article's earlier export`);
}

/**
 * `usable(target)`: nothing is there, or it is ours to replace. `base` is the main file's name without its
 * extension; `extension` includes its dot.
 */
export function chooseExportNames(
  dir: string,
  main: { base: string; extension: string; chosen: boolean },
  usable: (target: string) => boolean,
): ExportNames {
  const variant = (n: number) => (n === 1 ? main.base : `${main.base} (${n})`);
  if (main.chosen) {
    const fileName = `${main.base}${main.extension}`;
    const target = path.join(dir, fileName);
    // The save dialog asked about a file of that name, never about a folder.
    if (isFolder(target) && !usable(target)) throw exportNameTaken(target);
    for (let n = 1; n <= maxTries; n += 1) {
      const filesFolder = `${variant(n)}_files`;
      if (usable(path.join(dir, filesFolder))) return { fileName, filesFolder };
    }
    throw exportNameTaken(path.join(dir, `${main.base}_files`));
  }
  for (let n = 1; n <= maxTries; n += 1) {
    const names = { fileName: `${variant(n)}${main.extension}`, filesFolder: `${variant(n)}_files` };
    if (usable(path.join(dir, names.fileName)) && usable(path.join(dir, names.filesFolder))) return names;
  }
  throw exportNameTaken(path.join(dir, `${main.base}${main.extension}`));
}

function isFolder(target: string): boolean {
  try {
    return fs.lstatSync(target, { throwIfNoEntry: false })?.isDirectory() ?? false;
  } catch {
    return false;
  }
}
