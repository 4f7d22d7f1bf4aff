// Filing freezes the article as a revision (issue #18): "File…" records the text as it is now in the article's
// history (reason 'filed', labelled with the destination, kept by retention), and the queue item names that
// revision; what reaches the newsroom is exactly that text even if the reporter keeps typing before it goes.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentOf } from '../../store/articleContent';
import { openZip, zipNames, zipText } from '../export/zipEntries';
import { seedSlug } from '../export/exportFixtures';
import { docOf } from '../helpers/seed';
import { useTempDirs } from '../helpers/tempDir';
import { outboxWorld, type OutboxWorld } from './outboxFixtures';

const tempDir = useTempDirs('newsdesk-outbox-revision');
let world: OutboxWorld | undefined;
afterEach(() => world?.library.close());

describe('filing an article', () => {
  it('records the text as it is now as a filed revision, and the item names it', async () => {
    world = await outboxWorld(tempDir());
    const { library, outbox, article } = world;
    await outbox.addDestination('Tòa soạn', { kind: 'folder', path: path.join(world.dir, 'drive') });
    const filedText = contentOf(library.articles.get(article.id));
    const before = library.revisions.list(article.id).length;

    const item = outbox.file(article.id, 'Tòa soạn');
    const history = library.revisions.list(article.id);
    const filed = history.at(-1)!;
    expect(item.revision).toBe(filed.revision);
    expect(filed).toMatchObject({ reason: 'filed', label: 'Tòa soạn', kept: true });
    expect(history.length).toBeLessThanOrEqual(before + 1);
    expect(library.revisions.get(article.id, filed.revision).content).toEqual(filedText);
    expect(outbox.list()).toEqual([expect.objectContaining({ id: item.id, revision: filed.revision, state: 'queued' })]);
  });

  it('sends exactly the filed revision while the reporter keeps typing, which starts a revision of its own', async () => {
    const dir = tempDir();
    world = await outboxWorld(dir);
    const { library, outbox, article } = world;
    const drive = path.join(dir, 'drive');
    fs.mkdirSync(drive);
    await outbox.addDestination('Ổ chung', { kind: 'folder', path: drive });
    const item = outbox.file(article.id, 'Ổ chung');
    const filedContent = library.revisions.get(article.id, item.revision!).content;

    // Typing goes on after "File…", through the same autosave path the editor uses.
    library.articles.update(article.id, { headline: 'Tít sửa sau khi gửi', body: docOf(['Đoạn viết thêm sau khi đã gửi bài.']) }, { reason: 'autosave' });
    library.articles.update(article.id, { sapo: 'Sapo sửa sau khi gửi.' }, { reason: 'autosave' });
    expect(library.revisions.get(article.id, item.revision!).content).toEqual(filedContent);
    expect(library.revisions.list(article.id).at(-1)!.revision).toBeGreaterThan(item.revision!);

    const [outcome] = await outbox.send();
    expect(outcome).toMatchObject({ id: item.id, state: 'sent' });
    const zip = await openZip(path.join(drive, `${seedSlug}.zip`));
    const text = await zipText(zip, zipNames(zip).find((name) => name.endsWith('.txt'))!);
    expect(text).toContain(filedContent.headline);
    expect(text).toContain(filedContent.sapo);
    expect(text).not.toContain('Tít sửa sau khi gửi');
    expect(text).not.toContain('Sapo sửa sau khi gửi.');
    expect(text).not.toContain('Đoạn viết thêm sau khi đã gửi bài.');
    // Delivered: the status follows; the text as filed is still one click away in the history.
    expect(library.articles.get(article.id).status).toBe('filed');
    expect(library.revisions.get(article.id, item.revision!)).toMatchObject({ reason: 'filed', content: filedContent });
  });

  it('filing again freezes the newer text as a new revision, and the newer item names it', async () => {
    world = await outboxWorld(tempDir());
    const { library, outbox, article } = world;
    await outbox.addDestination('Tòa soạn', { kind: 'folder', path: path.join(world.dir, 'drive') });
    const first = outbox.file(article.id, 'Tòa soạn');
    library.articles.update(article.id, { headline: 'Tít mới' }, { reason: 'autosave' });
    const second = outbox.file(article.id, 'Tòa soạn');
    expect(second.revision).toBeGreaterThan(first.revision!);
    expect(library.revisions.get(article.id, first.revision!).content.headline).not.toBe('Tít mới');
    expect(library.revisions.get(article.id, second.revision!).content.headline).toBe('Tít mới');
    expect(outbox.list().map((listed) => [listed.id, listed.state, listed.revision])).toEqual([
      [second.id, 'queued', second.revision],
      [first.id, 'cancelled', first.revision],
    ]);
  });
});
