// `newsdesk search`, `list` with its new options, and the trash commands, spawned as a reporter's shell would
// run them against a temp library.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../library/openLibrary';
import { docOf, seedDocument, seedHeadline } from '../helpers/seed';
import { useTempDirs } from '../helpers/tempDir';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const tempDir = useTempDirs('newsdesk-search-cli');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(dir: string, args: string[]): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: 'en_US.UTF-8' };
  for (const name of ['NEWSDESK_DATA_DIR', 'NEWSDESK_LANG', 'NEWSDESK_DEBUG', 'LC_ALL', 'LC_MESSAGES', 'LANGUAGE']) delete env[name];
  return new Promise((resolve) => {
    execFile(process.execPath, ['bin/newsdesk.mjs', '--data-dir', dir, ...args], { cwd: repo, env, encoding: 'utf8' }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

/** A library with the seed article and a few others, written in-process before the CLI reads it. */
function seedLibrary(): { dir: string; seed: number; drafts: number[]; road: number } {
  const dir = tempDir();
  const library = openLibrary(dir);
  try {
    const seed = library.articles.create({ headline: seedHeadline, body: seedDocument(), section: 'Thời sự' }).id;
    library.articles.setStatus(seed, 'ready');
    const drafts = ['Đà Nẵng mùa du lịch', 'Bắc Ninh khởi công cầu', 'An Giang mùa nước nổi'].map(
      (headline) => library.articles.create({ headline, body: docOf(['Bản tin ngắn.']) }).id,
    );
    const road = library.articles.create({ headline: 'Con đường ven biển', body: docOf(['Đường mới nối hai tỉnh.']) }).id;
    library.articles.setStatus(road, 'ready');
    return { dir, seed, drafts, road };
  } finally {
    library.close();
  }
}

describe('newsdesk search', () => {
  it('prints JSON hits with id, headline, snippet and score, found without marks; plain lines otherwise', async () => {
    const { dir, seed } = seedLibrary();
    const [json, text, limited] = await Promise.all([
      cli(dir, ['search', 'dang', 'trung', 'uong', '--json']),
      cli(dir, ['search', 'Khối thi đu']),
      cli(dir, ['search', 'mùa', '--json', '--limit', '1']),
    ]);
    expect(json.stderr).toBe('');
    expect(json.code).toBe(0);
    const hits = JSON.parse(json.stdout) as { id: number; headline: string; snippet: { text: string; hit: boolean }[]; score: number }[];
    expect(hits.map((hit) => hit.id)).toEqual([seed]);
    expect(hits[0]).toMatchObject({ id: seed, headline: seedHeadline, exact: false });
    expect(typeof hits[0]!.score).toBe('number');
    expect(hits[0]!.snippet.filter((piece) => piece.hit).map((piece) => piece.text)).toContain('Đảng Trung ương');

    expect(text).toMatchObject({ code: 0, stderr: '' });
    const lines = text.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`${String(seed).padStart(5)}  ${seedHeadline}`);
    expect(lines[1]).toMatch(/^ {7}\S/);

    expect(JSON.parse(limited.stdout)).toHaveLength(1);
  });
});

describe('newsdesk list and the trash', () => {
  it('lists by status, in Vietnamese headline order, limited; delete moves to the trash; restore and empty-trash', async () => {
    const { dir, seed, drafts, road } = seedLibrary();
    const [drafted, ready, badStatus] = await Promise.all([
      cli(dir, ['list', '--status', 'draft', '--sort', 'headline', '--json']),
      cli(dir, ['list', '--status', 'ready', '--sort', 'created', '--limit', '1']),
      cli(dir, ['list', '--status', 'published']),
    ]);
    expect(drafted.stderr).toBe('');
    const draftRows = JSON.parse(drafted.stdout) as { id: number; headline: string }[];
    expect(draftRows.map((row) => row.headline)).toEqual(['An Giang mùa nước nổi', 'Bắc Ninh khởi công cầu', 'Đà Nẵng mùa du lịch']);
    expect(Object.keys(draftRows[0]!)).not.toContain('deletedAt');
    expect(ready.stdout.trimEnd().split('\n')).toEqual([expect.stringMatching(new RegExp(`^ +${road}  ready  \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d  Con đường ven biển$`))]);
    expect(badStatus.code).toBe(1);
    expect(badStatus.stderr).toMatch(/^newsdesk: .*published.*\n$/);

    expect(await cli(dir, ['delete', String(drafts[0])])).toEqual({ code: 0, stdout: '', stderr: '' });
    const [trash, live, found, show] = await Promise.all([
      cli(dir, ['list', '--trash', '--json']),
      cli(dir, ['list', '--json']),
      cli(dir, ['search', '"da nang"', '--json']),
      cli(dir, ['show', String(drafts[0])]),
    ]);
    expect((JSON.parse(trash.stdout) as { id: number; deletedAt: string }[]).map((row) => [row.id, typeof row.deletedAt])).toEqual([[drafts[0], 'string']]);
    expect((JSON.parse(live.stdout) as { id: number }[]).map((row) => row.id).sort()).toEqual([seed, road, drafts[1], drafts[2]].sort());
    expect(JSON.parse(found.stdout)).toEqual([]);
    expect(show).toMatchObject({ code: 1, stdout: '', stderr: `newsdesk: Article ${drafts[0]} is in the trash. Restore it to open it.\n` });

    expect(await cli(dir, ['restore', String(drafts[0])])).toEqual({ code: 0, stdout: '', stderr: '' });
    await cli(dir, ['delete', String(drafts[1])]);
    expect(await cli(dir, ['empty-trash'])).toEqual({ code: 0, stdout: '1\n', stderr: '' });
    // What the CLI did is what the app's library sees.
    const library = openLibrary(dir);
    try {
      expect(library.search.search({ query: '"da nang"', limit: 5 }).map((hit) => hit.id)).toEqual([drafts[0]]);
      expect(library.queries.page({ sort: 'updated', trash: true, offset: 0, limit: 10 }).total).toBe(0);
      expect(() => library.articles.restore(drafts[1]!)).toThrow(expect.objectContaining({ code: 'articleNotFound' }));
    } finally {
      library.close();
    }
  });
});
