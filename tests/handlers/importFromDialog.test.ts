// articles:importFromDialog through dispatch: files the shell's own dialog chose (File → Import…) are imported
// one by one by the handler table; refusals come back as codes and parameters (the page words them in the
// reader's language when it shows them), never as a throw; what an import changed comes back as its report.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { api } from '../../contract/api';
import { createTranslator, translateError } from '../../common/i18n/catalog';
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
  it('imports what the dialog chose, one refusal per bad file, worded in the reader’s language when shown', async () => {
    const folder = tempDir();
    const good = path.join(folder, 'bài.txt');
    const missing = path.join(folder, 'không-có.md');
    fs.writeFileSync(good, readSeedText());
    library.settings.setLanguage('vi');
    const dispatch = createDispatch(createHandlerTable({ library, chooseArticleFiles: async () => [good, missing] }));
    const reply = await dispatch(channel, {});
    if (!reply.ok) throw new Error(JSON.stringify(reply.error));
    const { ids, errors, reports } = api.importArticlesFromDialog.output.parse(reply.value);
    expect(ids).toHaveLength(1);
    expect(library.articles.get(ids[0]!).headline).toBe(seedHeadline);
    expect(reports).toBeUndefined();
    expect(errors).toHaveLength(1);
    expect(translateError(createTranslator('vi'), errors[0]!.code, errors[0]!.params)).toMatch(/^Không đọc được “không-có\.md”/);
    expect(translateError(createTranslator('en'), errors[0]!.code, errors[0]!.params)).toMatch(/“không-có\.md”/);
    expect(translateError(createTranslator('en'), errors[0]!.code, errors[0]!.params)).not.toMatch(/Không/);
  });

  it('brings back the report of an import that has something to say (the same text already in the library)', async () => {
    const folder = tempDir();
    const first = path.join(folder, 'bài.txt');
    const again = path.join(folder, 'bài-lần-nữa.txt');
    fs.writeFileSync(first, readSeedText());
    fs.writeFileSync(again, readSeedText());
    const dispatch = createDispatch(createHandlerTable({ library, chooseArticleFiles: async () => [first, again] }));
    const reply = await dispatch(channel, {});
    if (!reply.ok) throw new Error(JSON.stringify(reply.error));
    const { ids, reports } = api.importArticlesFromDialog.output.parse(reply.value);
    expect(ids).toHaveLength(2);
    expect(reports).toEqual([
      { fileName: 'bài-lần-nữa.txt', articleId: ids[1], report: { notes: expect.any(Array), duplicateOf: { id: ids[0], headline: seedHeadline } } },
    ]);
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
