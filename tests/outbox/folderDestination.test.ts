// A folder destination with real folders: one that appears only later (a drive plugged in: queued, then
// sent), one that refuses writes (failed, with the reason), and filing again replacing the same entry.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeReadOnly } from '../export/readOnlyFolder';
import { openZip, zipNames, zipText } from '../export/zipEntries';
import { seedSlug } from '../export/exportFixtures';
import { useTempDirs } from '../helpers/tempDir';
import { outboxWorld, type OutboxWorld } from './outboxFixtures';

const tempDir = useTempDirs('newsdesk-outbox-folder');
let world: OutboxWorld | undefined;
afterEach(() => world?.library.close());

describe('a folder destination', () => {
  it('waits for a folder that does not exist yet, then delivers into it once it appears', async () => {
    const dir = tempDir();
    world = await outboxWorld(dir);
    const drive = path.join(dir, 'usb', 'Tin bài');
    await world.outbox.addDestination('USB', { kind: 'folder', path: drive });
    const filed = world.outbox.file(world.article.id, 'USB');
    expect(filed).toMatchObject({ state: 'queued', attempts: 0, destination: 'USB' });

    const [first] = await world.outbox.send();
    expect(first).toMatchObject({ state: 'queued', attempts: 1, error: { code: 'outboxFolderMissing', params: { path: drive } } });
    expect(fs.existsSync(drive)).toBe(false);
    expect(world.library.articles.get(world.article.id).status).not.toBe('filed');
    // Backing off: not due a moment later.
    expect(await world.outbox.send()).toEqual([]);

    fs.mkdirSync(drive, { recursive: true });
    world.clock.advance(60 * 60_000);
    const [second] = await world.outbox.send();
    expect(second).toMatchObject({ state: 'sent', attempts: 2, receipt: `${seedSlug}.zip` });
    expect(fs.readdirSync(drive)).toEqual([`${seedSlug}.zip`]);
    const zip = await openZip(path.join(drive, `${seedSlug}.zip`));
    expect(zipNames(zip)).toContain(`${seedSlug}.ninjs.json`);
    expect(JSON.parse(await zipText(zip, `${seedSlug}.ninjs.json`))).toMatchObject({ pubStatus: 'usable' });
    expect(world.library.articles.get(world.article.id).status).toBe('filed');
    expect(world.outbox.list()[0]).toMatchObject({ state: 'sent', sentAt: world.clock.now.toISOString(), error: null });
  });

  it('sends the frozen version, and filing again replaces the same entry even after the headline changed', async () => {
    const dir = tempDir();
    world = await outboxWorld(dir);
    const drive = path.join(dir, 'shared');
    fs.mkdirSync(drive);
    await world.outbox.addDestination('Shared drive', { kind: 'folder', path: drive });
    world.outbox.file(world.article.id, 'Shared drive');
    // Edited after filing: the queued item still holds the version filed.
    world.library.articles.update(world.article.id, { sapo: 'Bản sửa sau khi gửi.' });
    await world.outbox.send();
    const entry = path.join(drive, `${seedSlug}.zip`);
    expect(await zipText(await openZip(entry), `${seedSlug}.txt`)).not.toContain('Bản sửa sau khi gửi.');

    world.library.articles.update(world.article.id, { headline: 'Tiêu đề mới hoàn toàn' });
    world.outbox.file(world.article.id, 'Shared drive');
    const [again] = await world.outbox.send();
    expect(again).toMatchObject({ state: 'sent', receipt: `${seedSlug}.zip` });
    expect(fs.readdirSync(drive)).toEqual([`${seedSlug}.zip`]);
    // Inside, the files are named after the new headline; the entry keeps the name the newsroom knows.
    const zip = await openZip(entry);
    const text = await zipText(zip, zipNames(zip).find((name) => name.endsWith('.txt'))!);
    expect(text).toContain('Tiêu đề mới hoàn toàn');
    expect(text).toContain('Bản sửa sau khi gửi.');
  });

  it('fails for good, with the reason, when the folder refuses writes, and goes again when retried by hand', async () => {
    const dir = tempDir();
    world = await outboxWorld(dir);
    const drive = path.join(dir, 'readonly');
    fs.mkdirSync(drive);
    await world.outbox.addDestination('Read-only', { kind: 'folder', path: drive });
    const { id } = world.outbox.file(world.article.id, 'Read-only');
    const restore = makeReadOnly(drive);
    try {
      const [outcome] = await world.outbox.send();
      expect(outcome).toMatchObject({ state: 'failed', error: { code: 'exportDestinationUnwritable', params: { reason: 'EACCES' } } });
    } finally {
      restore();
    }
    expect(fs.readdirSync(drive)).toEqual([]);
    // Failed items are not tried again by themselves.
    world.clock.advance(24 * 60 * 60_000);
    expect(await world.outbox.send()).toEqual([]);
    world.outbox.retry(id);
    const [retried] = await world.outbox.send();
    expect(retried).toMatchObject({ id, state: 'sent', attempts: 2 });
  });
});
