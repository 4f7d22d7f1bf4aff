// `newsdesk check` and `newsdesk dictionary`, spawned as the real CLI against a temp library.
import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../contract/schemas/document';
import { openLibrary } from '../../library/openLibrary';
import { cli, expectSuccess, expectUserError } from '../cli/cliProcess';
import { useTempDirs } from '../helpers/tempDir';

const tempDir = useTempDirs('newsdesk-spelling-cli');

const paragraph = (text: string): DocNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });

function libraryWith(paragraphs: string[]): { dir: string; id: number } {
  const dir = tempDir();
  const library = openLibrary(dir);
  try {
    const article = library.articles.create({ headline: 'Thử', body: { type: 'doc', content: paragraphs.map(paragraph) } });
    return { dir, id: article.id };
  } finally {
    library.close();
  }
}

describe('newsdesk check', () => {
  it('--json prints the findings in reading order, and exits 0', async () => {
    const { dir, id } = libraryWith(['Đảng ta  luôn vì dân.', 'Hội nghị nghiax là của của Đảnng, ngày 22-6-2024.']);
    const run = await cli(['--data-dir', dir, 'check', String(id), '--json']);
    const findings = JSON.parse(expectSuccess(run)) as Array<Record<string, unknown>>;
    expect(findings.map(({ kind, text, block, offset, suggestions }) => [kind, text, block, offset, (suggestions as string[])[0]])).toEqual([
      ['spacing', '  ', 0, 7, ' '],
      ['telex', 'nghiax', 1, 9, 'nghĩa'],
      ['repeatedWord', 'của của', 1, 19, 'của'],
      ['spelling', 'Đảnng', 1, 27, 'Đảng'],
      ['dateFormat', '22-6-2024', 1, 39, '22/6/2024'],
    ]);
  });

  it('prints one line a finding and a count, exit 0; a clean article exits 0 too', async () => {
    const { dir, id } = libraryWith(['Hội nghị nghiax là gì.']);
    const run = await cli(['--data-dir', dir, 'check', String(id)]);
    expect(expectSuccess(run)).toBe('1:10  Unconverted Telex/VNI: “nghiax” → “nghĩa” (Typed with the Vietnamese keyboard off)\n1 finding\n');
    const clean = libraryWith(['Hội nghị hòa bình.']);
    expect(expectSuccess(await cli(['--data-dir', clean.dir, 'check', String(clean.id), '--json']))).toBe('[]\n');
    const old = await cli(['--data-dir', clean.dir, 'check', String(clean.id), '--json', '--tone-style', 'old']);
    expect(JSON.parse(expectSuccess(old))).toMatchObject([{ kind: 'tonePlacement', text: 'hòa', suggestions: ['hoà'] }]);
  });

  it('a missing article is one translated line', async () => {
    const { dir } = libraryWith([]);
    expect(expectUserError(await cli(['--data-dir', dir, 'check', '99']))).toMatch(/99/);
  });
});

describe('newsdesk dictionary', () => {
  // Nine CLI processes in one story: more than the default minute on a busy machine.
  it('add, list, remove: the check accepts what was added', { timeout: 240_000 }, async () => {
    const { dir, id } = libraryWith(['Trang Facebook của Ê-đê.']);
    const before = JSON.parse(expectSuccess(await cli(['--data-dir', dir, 'check', String(id), '--json']))) as Array<{ text: string }>;
    expect(before.map((finding) => finding.text)).toEqual(['Facebook']);

    expectSuccess(await cli(['--data-dir', dir, 'dictionary', 'add', 'Facebook']));
    expectSuccess(await cli(['--data-dir', dir, 'dictionary', 'add', 'Zalo']));
    expect(expectSuccess(await cli(['--data-dir', dir, 'dictionary', 'list']))).toBe('Facebook\nZalo\n');
    expect(expectSuccess(await cli(['--data-dir', dir, 'check', String(id), '--json']))).toBe('[]\n');

    expectSuccess(await cli(['--data-dir', dir, 'dictionary', 'remove', 'Facebook']));
    expect(JSON.parse(expectSuccess(await cli(['--data-dir', dir, 'dictionary', 'list', '--json'])))).toEqual(['Zalo']);
    expect(expectUserError(await cli(['--data-dir', dir, 'dictionary', 'remove', 'Facebook']))).toBe('“Facebook” is not in the personal dictionary');
    expect(expectUserError(await cli(['--data-dir', dir, 'dictionary', 'add', 'two words']))).toMatch(/^“two words” cannot go in the dictionary/);
  });
});
