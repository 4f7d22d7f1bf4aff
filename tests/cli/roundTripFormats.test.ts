// Through the real CLI: the seed exported as txt, md, html and docx imports back to an equal article
// (`show --json` minus id, uuid, times and version), and a plain-text file in our export's shape brings its
// headings, figure credit, section and tags along.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedFile } from '../helpers/seed';
import { useTempDirs } from '../helpers/tempDir';
import { cli, expectSuccess } from './cliProcess';

const tempDir = useTempDirs('newsdesk-cli-round-trip');

function withoutIdentity(article: Record<string, unknown>): Record<string, unknown> {
  const { id: _id, uuid: _uuid, created: _created, updated: _updated, version: _version, statusHistory: _history, ...rest } = article;
  return rest;
}

describe('newsdesk export, then import: the same article', () => {
  it('the seed as txt, md, html and docx comes back equal in show --json', async () => {
    const dir = tempDir();
    const id = expectSuccess(await cli(['--data-dir', dir, 'import', seedFile])).trim();
    const original = withoutIdentity(JSON.parse(expectSuccess(await cli(['--data-dir', dir, 'show', id, '--json']))) as Record<string, unknown>);
    for (const format of ['txt', 'md', 'html', 'docx']) {
      const file = expectSuccess(await cli(['--data-dir', dir, 'export', id, '--format', format, '--out', path.join(tempDir(), format)])).trim();
      const again = (await cli(['--data-dir', dir, 'import', file])).stdout.trim();
      const copy = withoutIdentity(JSON.parse(expectSuccess(await cli(['--data-dir', dir, 'show', again, '--json']))) as Record<string, unknown>);
      expect(copy, format).toEqual(original);
    }
    expect(original).toMatchObject({ dateline: { date: '2024-06-22' }, counts: { words: 871 }, figures: [{ caption: 'Quang cảnh Hội nghị' }, {}] });
  }, 120_000);

  it('a plain-text file with marked headings, a figure credit and a trailer imports with all of them', async () => {
    const dir = tempDir();
    const file = path.join(tempDir(), 'bài.txt');
    fs.writeFileSync(
      file,
      ['Thứ Bảy, 22/6/2024', 'Tiêu đề bài', '', '## Kết quả nổi bật', '', 'Đoạn một.', '', 'Quang cảnh Hội nghị', 'Ảnh: TTXVN', '', 'Tin: Minh Khôi', '', '---', 'Chuyên mục: Thời sự', 'Từ khoá: thi đua, Khối cơ quan Đảng', ''].join('\n'),
    );
    const id = expectSuccess(await cli(['--data-dir', dir, 'import', file])).trim();
    const article = JSON.parse(expectSuccess(await cli(['--data-dir', dir, 'show', id, '--json']))) as { body: { content: { type: string }[] } } & Record<string, unknown>;
    expect(article).toMatchObject({ section: 'Thời sự', tags: ['thi đua', 'Khối cơ quan Đảng'], credit: { role: 'text', names: 'Minh Khôi' }, figures: [{ caption: 'Quang cảnh Hội nghị', credit: 'Ảnh: TTXVN' }] });
    expect(article.body.content.map((node) => node.type)).toEqual(['heading', 'paragraph', 'figure']);
  }, 60_000);
});
