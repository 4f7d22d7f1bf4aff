// articles:importFromDialog through dispatch: files the shell's own dialog chose (File → Import…) are imported
// one by one by the handler table; refusals come back as lines in the reader's language, never as a throw.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { api } from '../../contract/api';
import { createDispatch } from '../../handlers/dispatch';
import { createHandlerTable } from '../../handlers/handlerTable';
import { openLibrary, type Library } from '../../library/openLibrary';
import { readSeedText, seedHeadline } from '../helpers/seed';
import { useTempDirs } from '../helpers/tempDir';

const tempDir = useTempDirs('newsdesk-import-dialog');
const channel = api.importArticlesFromDialog.channel;

let library: Library;
beforeEach(() => {
  library = openLibrary(tempDir());
});
afterEach(() => {
  library.close();
});

describe('articles:importFromDialog', () => {
  it('imports what the dialog chose, one refusal per bad file, in the reader’s language', async () => {
    const folder = tempDir();
    const good = path.join(folder, 'bài.txt');
    const missing = path.join(folder, 'không-có.md');
    fs.writeFileSync(good, readSeedText());
    library.settings.setLanguage('vi');
    const dispatch = createDispatch(createHandlerTable({ library, chooseArticleFiles: async () => [good, missing] }));
    const reply = await dispatch(channel, {});
    if (!reply.ok) throw new Error(JSON.stringify(reply.error));
    const { ids, errors } = reply.value as { ids: number[]; errors: string[] };
    expect(ids).toHaveLength(1);
    expect(library.articles.get(ids[0]!).headline).toBe(seedHeadline);
    expect(errors).toEqual([expect.stringMatching(/^Không đọc được “không-có\.md”/)]);
  });

  it('imports nothing when the reporter cancels the dialog', async () => {
    const dispatch = createDispatch(createHandlerTable({ library, chooseArticleFiles: async () => [] }));
    expect(await dispatch(channel, {})).toEqual({ ok: true, value: { ids: [], errors: [] } });
    expect(library.articles.list()).toEqual([]);
  });

  it('is refused, typed, where the shell has no dialog, and takes no input', async () => {
    const dispatch = createDispatch(createHandlerTable({ library }));
    expect(await dispatch(channel, {})).toMatchObject({
      ok: false,
      error: { code: 'importDialogUnavailable', message: 'Choosing article files from disk is not available here: use Import… in the library instead' },
    });
    expect(await dispatch(channel, { path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
  });
});
