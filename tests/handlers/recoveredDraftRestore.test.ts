// Restoring a recovered draft (text a closing window could not confirm saved) replaces whatever the article
// holds now, which may be another window's later text: that text stays in history, one click away.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { api, type ApiMethod } from '../../contract/api';
import type { Article } from '../../contract/schemas/article';
import { createDispatch, type Dispatch } from '../../handlers/dispatch';
import { createHandlerTable } from '../../handlers/handlerTable';
import { DraftRecovery } from '../../library/draftRecovery';
import { openLibrary, type Library } from '../../library/openLibrary';
import { useTempDirs } from '../helpers/tempDir';

const tempDir = useTempDirs('newsdesk-recovered-draft');
let dir: string;
let library: Library;
let dispatch: Dispatch;

beforeEach(() => {
  dir = tempDir();
  library = openLibrary(dir);
  dispatch = createDispatch(createHandlerTable({ library }));
});
afterEach(() => library.close());

async function call<T>(method: ApiMethod, input: unknown): Promise<T> {
  const reply = await dispatch(api[method].channel, input);
  if (!reply.ok) throw new Error(`expected ok, got ${JSON.stringify(reply.error)}`);
  return reply.value as T;
}

describe('restoreRecoveredDraft', () => {
  it('keeps the text it replaces (another window’s autosave) as a revision of its own', async () => {
    const article = await call<Article>('createArticle', { headline: 'Bão số 3' });
    // This window typed, then closed without a confirmation: its text went to the recovery file.
    new DraftRecovery(dir).write(article.id, { headline: 'Bão số 3 đổ bộ Quảng Ninh', sapo: 'Bản của cửa sổ đã đóng.' });
    // Another window went on editing the article meanwhile: two autosaves, coalesced into one open revision.
    const first = await call<Article>('updateArticle', { id: article.id, baseVersion: article.version, sapo: 'Bản của cửa sổ kia.' });
    await call('updateArticle', { id: article.id, baseVersion: first.version, sapo: 'Bản của cửa sổ kia, sửa lại.' });

    expect(await call('listRecoveredDrafts', {})).toMatchObject([{ articleId: article.id, headline: 'Bão số 3 đổ bộ Quảng Ninh' }]);
    await call('restoreRecoveredDraft', { articleId: article.id });

    expect(library.articles.get(article.id)).toMatchObject({ headline: 'Bão số 3 đổ bộ Quảng Ninh', sapo: 'Bản của cửa sổ đã đóng.' });
    const history = library.revisions.list(article.id);
    const replaced = history.map((r) => library.revisions.get(article.id, r.revision)).find((r) => r.content.sapo === 'Bản của cửa sổ kia, sửa lại.');
    expect(replaced).toBeDefined();
    expect(replaced!.kept).toBe(true);
    expect(history.at(-1)!.revision).toBeGreaterThan(replaced!.revision);
    expect(await call('listRecoveredDrafts', {})).toEqual([]);
  });
});
