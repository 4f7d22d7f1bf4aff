// The layering rule itself, run by ESLint with the repository's own configuration on snippets that stand at
// a path in one folder and import from another: what each layer may import, and what it may not.
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: repoRoot });

/** The layering messages ESLint reports for `source` as if it were the file at `file` (relative to the root). */
async function layeringErrors(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport const used = 1;\n`, { filePath: path.join(repoRoot, file) });
  return result!.messages.filter((message) => message.ruleId === 'newsdesk/layering').map((message) => message.message);
}

const allowed: [string, string][] = [
  ['search/x.ts', "import { toSummary } from '../store/articleRows';"],
  ['photos/x.ts', "import { writeTransaction } from '../store/writeTransaction';"],
  ['export/x.ts', "import { loadSharp } from '../photos/loadSharp';"],
  ['export/sub/x.ts', "import type { ArticleStore } from '../../store/articleStore';"],
  ['import/x.ts', "import { buildQuery } from '../search/buildQuery';"],
  ['library/x.ts', "import { LibraryIndex } from '../search/libraryIndex';"],
  ['library/x.ts', "import { PhotoStore } from '../photos/photoStore';"],
  ['handlers/x.ts', "import { openLibrary } from '../library/openLibrary';"],
  ['cli/commands/x.ts', "import { openLibrary } from '../../library/openLibrary';"],
  ['electron/x.ts', "import type { Library } from '../library/openLibrary';"],
  ['store/x.ts', "import { toNfc } from '../common/text/nfc';"],
  ['contract/schemas/x.ts', "import type { DocNode } from '../../common/document/docNode';"],
  ['store/x.ts', "import { migrations } from './migrations/index';"],
  ['store/migrations/0009-x.ts', "import type { Database } from 'better-sqlite3';"],
  ['store/migrations/index.ts', "import { up } from './0009-x';"],
];

const refused: [string, string, RegExp][] = [
  ['store/x.ts', "import { LibraryIndex } from '../search/libraryIndex';", /the store service may not import from search\//],
  ['store/x.ts', "import { PhotoStore } from '../photos/photoStore';", /the store service may not import from photos\//],
  ['store/x.ts', "import { openLibrary } from '../library/openLibrary';", /the store service may not import from library\//],
  ['search/x.ts', "import { PhotoStore } from '../photos/photoStore';", /the search service may not import from photos\//],
  ['photos/x.ts', "import { ArticleSearch } from '../search/articleSearch';", /the photos service may not import from search\//],
  ['search/x.ts', "import { importArticle } from '../import/importArticle';", /the search service may not import from import\//],
  ['import/x.ts', "import { exportArticleTo } from '../export/exportArticleTo';", /the import service may not import from export\//],
  ['export/x.ts', "import { importArticle } from '../import/importArticle';", /the export service may not import from import\//],
  ['export/photos/x.ts', "import type { Library } from '../../library/openLibrary';", /the export service may not import from library\//],
  ['library/x.ts', "import { createHandlerTable } from '../handlers/handlerTable';", /the composition root may not import from handlers\//],
  ['photos/x.ts', "import { app } from 'electron';", /the photos service may not import electron/],
  ['common/x.ts', "import { openLibrary } from '../library/openLibrary';", /common may not import from library\//],
  ['common/text/x.ts', "import type { DocNode } from '../../contract/schemas/document';", /common may not import from contract\//],
  ['renderer/x.ts', "import { openLibrary } from '../library/openLibrary';", /the renderer may not import from library\//],
  ['store/migrations/0009-x.ts', "import { rebuildLibraryIndex } from '../../search/libraryIndex';", /a migration may not import from search\//],
  ['store/migrations/0009-x.ts', "import { toSummary } from '../articleRows';", /a migration may not import from store\//],
  ['store/migrations/0009-x.ts', "import { toNfc } from '../../common/text/nfc';", /a migration may not import from common\//],
  ['store/migrations/0009-x.ts', "import fs from 'node:fs';", /a migration may not import node:fs/],
  ['store/migrations/0009-x.ts', "import { z } from 'zod';", /a migration may not import zod/],
];

describe('the layering rule', () => {
  it.each(allowed)('lets %s use %s', async (file, source) => {
    expect(await layeringErrors(file, source)).toEqual([]);
  });

  it.each(refused)('refuses %s using %s', async (file, source, message) => {
    const errors = await layeringErrors(file, source);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });
});
