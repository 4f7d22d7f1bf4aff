// history, show --revision, diff, revert and update through the real CLI (its bundle), on a real library.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSeedText, seedFile, seedHeadline } from '../helpers/seed';
import { useTempDirs } from '../helpers/tempDir';
import { cli, expectSuccess, expectUserError } from './cliProcess';

const tempDir = useTempDirs('newsdesk-cli-history');

describe('newsdesk history / show --revision / diff / revert / update', () => {
  it('records an update from a file, shows and compares revisions, and reverts', async () => {
    const dir = tempDir();
    const id = expectSuccess(await cli(['--data-dir', dir, 'import', seedFile])).trim();
    expectSuccess(await cli(['--data-dir', dir, 'status', id, 'ready']));

    const corrected = path.join(tempDir(), 'bài đã sửa.txt');
    fs.writeFileSync(corrected, readSeedText().replace('Đẩy mạnh', 'Đẩy mạnh hơn nữa'));
    expect(expectSuccess(await cli(['--data-dir', dir, 'update', id, corrected]))).toBe('3\n');

    const history = JSON.parse(expectSuccess(await cli(['--data-dir', dir, 'history', id, '--json']))) as Record<string, unknown>[];
    // Words: all the text the change size compares (headline, sapo, body, captions, credits), so the
    // update's two words added to the headline show in both.
    expect(history.map(({ revision, reason, words, label }) => ({ revision, reason, words, label }))).toEqual([
      { revision: 1, reason: 'created', words: 935, label: null },
      { revision: 2, reason: 'status', words: 935, label: null },
      { revision: 3, reason: 'update', words: 937, label: null },
    ]);
    expect(history[0]).toMatchObject({ added: 935, removed: 0 });
    for (const { words, wordsChanged, added, removed } of history as { words: number; wordsChanged: number; added: number; removed: number }[]) {
      expect(Number.isInteger(words)).toBe(true);
      expect(wordsChanged).toBe(added - removed);
    }
    for (const revision of history) expect(new Date(revision.at as string).toISOString()).toBe(revision.at);
    // The change size from the word diff: the status change changed no word, the update added two.
    expect(history.slice(1).map(({ added, removed }) => ({ added, removed }))).toEqual([
      { added: 0, removed: 0 },
      { added: 2, removed: 0 },
    ]);
    const lines = expectSuccess(await cli(['--data-dir', dir, 'history', id])).trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/^3 {2}\S+ {2}update from file {2}937 words$/);

    const shown = JSON.parse(expectSuccess(await cli(['--data-dir', dir, 'show', id, '--revision', '1', '--json'])));
    // `show` counts the body's words, as it does for the current text; the revision's own count is all its text.
    expect(shown).toMatchObject({ headline: seedHeadline, status: 'ready', words: 871, revision: { revision: 1, reason: 'created', words: 935 } });
    expect(expectSuccess(await cli(['--data-dir', dir, 'show', id, '--revision', '3'])).split('\n')[0]).toContain('Đẩy mạnh hơn nữa');

    const diff = expectSuccess(await cli(['--data-dir', dir, 'diff', id, '2']));
    expect(diff).toBe(`## Headline\n${seedHeadline.replace('Đẩy mạnh ', 'Đẩy mạnh {+hơn nữa +}')}\n`);
    expect(expectSuccess(await cli(['--data-dir', dir, 'diff', id, '1', '2']))).toBe('No differences\n');
    const diffVi = expectSuccess(await cli(['--data-dir', dir, 'diff', id, '2', '3'], { NEWSDESK_LANG: 'vi' }));
    expect(diffVi.startsWith('## Tít\n')).toBe(true);

    expect(expectSuccess(await cli(['--data-dir', dir, 'revert', id, '2']))).toBe('4\n');
    const after = JSON.parse(expectSuccess(await cli(['--data-dir', dir, 'show', id, '--json'])));
    expect(after).toMatchObject({ headline: seedHeadline, status: 'ready' });
    const last = JSON.parse(expectSuccess(await cli(['--data-dir', dir, 'history', id, '--json']))).at(-1);
    expect(last).toMatchObject({ revision: 4, reason: 'revert', restoredFrom: 2 });
  });

  it('refuses a missing revision, a bad revision number and a missing article, one line each', async () => {
    const dir = tempDir();
    const id = expectSuccess(await cli(['--data-dir', dir, 'new', '--headline', 'Tin'])).trim();
    expect(expectUserError(await cli(['--data-dir', dir, 'show', id, '--revision', '9']))).toBe(`Article ${id} has no revision 9`);
    expect(expectUserError(await cli(['--data-dir', dir, 'diff', id, 'x']))).toMatch(/revision/);
    expect(expectUserError(await cli(['--data-dir', dir, 'history', '99']))).toBe('No article with id 99');
    expect(expectUserError(await cli(['--data-dir', dir, 'revert', id, '5']))).toBe(`Article ${id} has no revision 5`);
    expect(expectUserError(await cli(['--data-dir', dir, 'update', id, path.join(dir, 'không có.txt')]))).toMatch(/không có\.txt/);
  });
});
