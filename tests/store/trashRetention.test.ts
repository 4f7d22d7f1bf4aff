// The trash keeps an article for the reporter's retention (30 days unless changed), then purges it when the
// library opens (or the app's periodic purge runs); every trashed row says when. The clock is injected.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../common/i18n/catalog';
import { purgeLabel } from '../../common/time/purgeLabel';
import { openLibrary } from '../../library/openLibrary';
import { createDispatch } from '../../handlers/dispatch';
import { createHandlerTable } from '../../handlers/handlerTable';
import { useTempDirs } from '../helpers/tempDir';

const tempDir = useTempDirs('newsdesk-trash-retention');
const dayMs = 24 * 60 * 60 * 1000;
const repo = fileURLToPath(new URL('../..', import.meta.url));
const trashPage = { sort: 'updated', trash: true, offset: 0, limit: 10 } as const;

/** A library with two trashed articles and one live one, trashed now (the real clock). */
function trashedLibrary() {
  const dir = tempDir();
  const library = openLibrary(dir);
  const [old, recent, live] = ['Bão số 3 đổ bộ', 'Giá xăng giảm', 'Mùa lúa chín'].map((headline) => library.articles.create({ headline }).id);
  library.articles.delete(old!);
  library.articles.delete(recent!);
  library.close();
  return { dir, old: old!, recent: recent!, live: live! };
}

const later = (days: number) => () => new Date(Date.now() + days * dayMs);

describe('trash retention', () => {
  it('keeps trashed articles 30 days by default, then purges them at open; live articles stay', () => {
    const { dir, old, recent, live } = trashedLibrary();
    const at29 = openLibrary(dir, { now: later(29) });
    expect(at29.trash.days()).toBe(30);
    expect(at29.queries.page(trashPage).rows.map((row) => row.id).sort()).toEqual([old, recent].sort());
    at29.close();

    const at31 = openLibrary(dir, { now: later(31) });
    expect(at31.queries.page(trashPage).total).toBe(0);
    expect(() => at31.articles.get(old)).toThrow(expect.objectContaining({ code: 'articleNotFound' }));
    expect(at31.articles.get(live).headline).toBe('Mùa lúa chín');
    at31.close();
  });

  it('follows the setting, and a shorter setting purges at once what is now past its time', async () => {
    const { dir, old, recent } = trashedLibrary();
    const library = openLibrary(dir, { now: later(8) });
    const call = createDispatch(createHandlerTable({ library }));
    expect(await call('settings:trashRetention', {})).toEqual({ ok: true, value: { days: 30 } });
    expect(await call('settings:setTrashRetention', { days: 0 })).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
    expect(await call('settings:setTrashRetention', { days: 10 })).toEqual({ ok: true, value: { days: 10 } });
    expect(library.queries.page(trashPage).total).toBe(2);
    expect(await call('settings:setTrashRetention', { days: 7 })).toEqual({ ok: true, value: { days: 7 } });
    expect(library.queries.page(trashPage).total).toBe(0);
    expect(() => library.articles.get(old)).toThrow(expect.objectContaining({ code: 'articleNotFound' }));
    expect(() => library.articles.get(recent)).toThrow(expect.objectContaining({ code: 'articleNotFound' }));
    library.close();
    expect(openLibrary(dir).trash.days()).toBe(7);
  });

  it('gives every trashed row its purge date, and live rows none', () => {
    const { dir, old } = trashedLibrary();
    const library = openLibrary(dir);
    library.settings.setTrashRetentionDays(14);
    const row = library.queries.page(trashPage).rows.find((candidate) => candidate.id === old)!;
    expect(Date.parse(row.purgeAt!) - Date.parse(row.deletedAt!)).toBe(14 * dayMs);
    expect(library.queries.page({ ...trashPage, trash: false }).rows.map((live) => live.purgeAt)).toEqual([null]);
    library.close();
  });

  it('says when in both languages', () => {
    const now = new Date('2026-03-01T10:00:00Z');
    const en = createTranslator('en');
    const vi = createTranslator('vi');
    expect(purgeLabel(en, '2026-03-04T09:00:00Z', now)).toBe('deleted for good in 3 days');
    expect(purgeLabel(en, '2026-03-02T09:00:00Z', now)).toBe('deleted for good in 1 day');
    expect(purgeLabel(en, '2026-03-01T09:00:00Z', now)).toBe('deleted for good today');
    expect(purgeLabel(vi, '2026-03-31T10:00:00Z', now)).toBe('sẽ xóa vĩnh viễn sau 30 ngày');
    expect(purgeLabel(vi, '2026-02-28T10:00:00Z', now)).toBe('sẽ xóa vĩnh viễn trong hôm nay');
  });

  it('newsdesk list --trash shows when each article will be purged; trash-days reads and sets the retention', async () => {
    const { dir, old, recent } = trashedLibrary();
    const text = await cli(dir, ['list', '--trash']);
    expect(text.stderr).toBe('');
    const lines = text.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toMatch(/ {2}\(deleted for good in 30 days\)$/);
    const json = JSON.parse((await cli(dir, ['list', '--trash', '--json'])).stdout) as { id: number; deletedAt: string; purgeAt: string }[];
    expect(json.map((row) => [row.id, Date.parse(row.purgeAt) - Date.parse(row.deletedAt)]).sort()).toEqual([[old, 30 * dayMs], [recent, 30 * dayMs]].sort());
    expect(Object.keys((JSON.parse((await cli(dir, ['list', '--json'])).stdout) as object[])[0]!)).not.toContain('purgeAt');
    expect(await cli(dir, ['trash-days'])).toEqual({ code: 0, stdout: '30\n', stderr: '' });
    expect(await cli(dir, ['trash-days', '5'])).toEqual({ code: 0, stdout: '5\n', stderr: '' });
    expect(await cli(dir, ['trash-days', '4000'])).toMatchObject({ code: 1, stdout: '', stderr: expect.stringMatching(/at most 3650 days/) });
    expect(await cli(dir, ['trash-days'])).toEqual({ code: 0, stdout: '5\n', stderr: '' });
    expect((await cli(dir, ['list', '--trash'], 'vi')).stdout).toMatch(/\(sẽ xóa vĩnh viễn sau 5 ngày\)\n/);
  });
});

function cli(dir: string, args: string[], language = 'en'): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: language === 'vi' ? 'vi_VN.UTF-8' : 'en_US.UTF-8' };
  for (const name of ['NEWSDESK_DATA_DIR', 'NEWSDESK_LANG', 'NEWSDESK_DEBUG', 'LC_ALL', 'LC_MESSAGES', 'LANGUAGE']) delete env[name];
  return new Promise((resolve) => {
    execFile(process.execPath, ['bin/newsdesk.mjs', '--data-dir', dir, ...args], { cwd: repo, env, encoding: 'utf8' }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}
