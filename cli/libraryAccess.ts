// How a command reaches the library: opened from --data-dir (else $NEWSDESK_DATA_DIR, else the app's own
// folder) for the command's run alone, and closed whatever happens.
import type { Command } from 'commander';
import { defaultDataDir } from '../store/defaultDataDir';
import { currentLibraryDir } from '../library/libraryLocation';
import { openLibrary, type Library } from '../library/openLibrary';

export type WithLibrary = <T>(run: (library: Library) => T) => T;
/** For commands that await (photos, import, export): the library stays open until their work is done. */
export type WithLibraryAsync = <T>(run: (library: Library) => Promise<T>) => Promise<T>;

function open(program: Command): Library {
  const { dataDir } = program.opts<{ dataDir?: string }>();
  // Without --data-dir: the app's library, which a restore may have moved to a new folder.
  return openLibrary(dataDir ?? currentLibraryDir(defaultDataDir()));
}

export function libraryAccess(program: Command): { withLibrary: WithLibrary; withLibraryAsync: WithLibraryAsync } {
  return {
    withLibrary: (run) => {
      const library = open(program);
      try {
        return run(library);
      } finally {
        library.close();
      }
    },
    withLibraryAsync: async (run) => {
      const library = open(program);
      try {
        return await run(library);
      } finally {
        library.close();
      }
    },
  };
}
