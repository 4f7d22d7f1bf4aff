// destination, file and outbox through the real CLI: a folder that appears between two sends, an email
// destination whose password comes from the environment (no keychain on a headless Linux: said so, and the
// password is nowhere in the library), and the JSON a script reads.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedFile, seedHeadline } from '../helpers/seed';
import { useTempDirs } from '../helpers/tempDir';
import { cli, expectSuccess, expectUserError } from './cliProcess';

const tempDir = useTempDirs('newsdesk-cli-outbox');

describe('newsdesk destination / file / outbox', () => {
  it('files to a folder that appears later, and reports each step', async () => {
    const dir = tempDir();
    const drive = path.join(tempDir(), 'ổ chung', 'Tin bài');
    const id = expectSuccess(await cli(['--data-dir', dir, 'import', seedFile])).trim();
    expect(expectSuccess(await cli(['--data-dir', dir, 'destination', 'add', 'Ổ chung', '--folder', drive]))).toBe('Added Folder destination “Ổ chung”\n');
    const listed = JSON.parse(expectSuccess(await cli(['--data-dir', dir, 'destination', 'list', '--json'])));
    expect(listed).toEqual([{ id: 1, name: 'Ổ chung', kind: 'folder', settings: { kind: 'folder', path: drive }, secret: { store: 'none' } }]);

    expect(expectSuccess(await cli(['--data-dir', dir, 'file', id, '--to', 'ổ chung']))).toMatch(/^Queued #1 “.+” for Ổ chung\n$/);
    const waiting = expectSuccess(await cli(['--data-dir', dir, 'outbox', 'send']));
    expect(waiting).toBe(`#1  Waiting  Ổ chung  ${seedHeadline}  The folder ${drive} is not reachable (is the drive connected?)\n`);
    const [queued] = JSON.parse(expectSuccess(await cli(['--data-dir', dir, 'outbox', '--json'])));
    expect(queued).toMatchObject({ id: 1, article: Number(id), destination: 'Ổ chung', state: 'queued', attempts: 1, sentAt: null, error: expect.stringContaining(drive) });
    // Filing froze the article as a revision of its history, and the item names it.
    const history = JSON.parse(expectSuccess(await cli(['--data-dir', dir, 'history', id, '--json'])));
    expect(history.at(-1)).toMatchObject({ revision: queued.revision, reason: 'filed', label: 'Ổ chung', kept: true });
    expect(expectSuccess(await cli(['--data-dir', dir, 'history', id]))).toContain('filed');

    fs.mkdirSync(drive, { recursive: true });
    const sent = expectSuccess(await cli(['--data-dir', dir, 'outbox', 'send']));
    expect(sent).toMatch(/^#1 {2}Sent {2}Ổ chung {2}.+ {2}khoi-thi-dua-cac-co-quan-dang-trung-uong\.zip\n$/);
    expect(fs.readdirSync(drive)).toEqual(['khoi-thi-dua-cac-co-quan-dang-trung-uong.zip']);
    const [delivered] = JSON.parse(expectSuccess(await cli(['--data-dir', dir, 'outbox', '--json'])));
    expect(delivered).toMatchObject({ state: 'sent', attempts: 2, error: null, sentAt: expect.stringMatching(/^\d{4}-/) });
    expect(JSON.parse(expectSuccess(await cli(['--data-dir', dir, 'show', id, '--json']))).status).toBe('filed');
    // Nothing left: a send prints nothing and still succeeds.
    expect(expectSuccess(await cli(['--data-dir', dir, 'outbox', 'send']))).toBe('');

    expectSuccess(await cli(['--data-dir', dir, 'destination', 'remove', 'Ổ chung']));
    expect(expectUserError(await cli(['--data-dir', dir, 'file', id, '--to', 'Ổ chung']))).toBe('No destination named “Ổ chung”');
  });

  it('keeps an email password out of the library and says where it will come from', async () => {
    const dir = tempDir();
    const password = 'mat-khau-KHONG-duoc-luu-123';
    const added = expectSuccess(
      await cli(['--data-dir', dir, 'destination', 'add', 'Tòa soạn', '--email', 'toasoan@example.com', '--smtp', 'smtps://phongvien@mail.example.com'], { NEWSDESK_SMTP_PASSWORD: password }),
    );
    const lines = added.trim().split('\n');
    expect(lines[0]).toBe('Added Email destination “Tòa soạn”');
    // A desktop keeps it in the keychain; a headless Linux has none, says why, and reads the variable at send time.
    expect(lines[1]).toMatch(/system keychain|NEWSDESK_SMTP_PASSWORD is read when sending/);
    for (const file of fs.readdirSync(dir)) expect(fs.readFileSync(path.join(dir, file)).includes(password)).toBe(false);
    const [destination] = JSON.parse(expectSuccess(await cli(['--data-dir', dir, 'destination', 'list', '--json'])));
    expect(destination.secret.variable).toBe('NEWSDESK_SMTP_PASSWORD');
  });

  it('refuses a destination it cannot use, in one line', async () => {
    const dir = tempDir();
    expect(expectUserError(await cli(['--data-dir', dir, 'destination', 'add', 'X', '--email', 'a@example.com', '--smtp', 'http://mail.example.com']))).toMatch(/^This destination cannot be used: smtp: /);
    expect(expectUserError(await cli(['--data-dir', dir, 'destination', 'add', 'X', '--folder', '/tmp', '--http', 'https://example.com']))).toBe(
      'This destination cannot be used: give one of --folder, --email, --http, --wordpress',
    );
    expectSuccess(await cli(['--data-dir', dir, 'destination', 'add', 'X', '--folder', '/tmp']));
    expect(expectUserError(await cli(['--data-dir', dir, 'destination', 'add', 'x', '--folder', '/tmp']))).toBe('A destination named “x” already exists');
  });
});
