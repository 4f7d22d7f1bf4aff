import { describe, expect, it } from 'vitest';
import { articleImportExtensions } from '../../contract/schemas/articleImport';
import { importExtensions } from '../../import/importers';

describe('import extensions', () => {
  it('the app offers exactly the formats the import service reads', () => {
    expect([...importExtensions].sort()).toEqual([...articleImportExtensions].sort());
  });
});
