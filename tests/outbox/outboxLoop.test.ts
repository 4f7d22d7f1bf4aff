// The app's background sender: started with the app, it delivers what was filed before (resumed after a
// restart) and what is filed while it runs, reporting each outcome.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startOutboxLoop, type OutboxLoop } from '../../outbox/outboxLoop';
import type { AttemptOutcome } from '../../outbox/outboxWorker';
import { useTempDirs } from '../helpers/tempDir';
import { outboxWorld, type OutboxWorld } from './outboxFixtures';

const tempDir = useTempDirs('newsdesk-outbox-loop');
let world: OutboxWorld | undefined;
let loop: OutboxLoop | undefined;
afterEach(() => {
  loop?.stop();
  world?.library.close();
});

describe('the background sender', () => {
  it('delivers what waited from before it started, then what is filed while it runs', async () => {
    const dir = tempDir();
    world = await outboxWorld(dir, { extra: { now: () => new Date() } });
    const drive = path.join(dir, 'drive');
    fs.mkdirSync(drive);
    await world.outbox.addDestination('Ổ chung', { kind: 'folder', path: drive });
    world.outbox.file(world.article.id, 'Ổ chung');
    const outcomes: AttemptOutcome[] = [];
    loop = startOutboxLoop(world.outbox, { intervalMs: 3_600_000, onOutcome: (outcome) => outcomes.push(outcome) });
    await vi.waitFor(() => expect(outcomes.map((outcome) => outcome.state)).toEqual(['sent']), { timeout: 30_000, interval: 50 });

    const second = world.library.articles.create({ headline: 'Tin thứ hai' });
    world.outbox.file(second.id, 'Ổ chung');
    loop.wake();
    await vi.waitFor(() => expect(outcomes.map((outcome) => outcome.state)).toEqual(['sent', 'sent']), { timeout: 30_000, interval: 50 });
    expect(fs.readdirSync(drive).sort()).toEqual(['khoi-thi-dua-cac-co-quan-dang-trung-uong.zip', 'tin-thu-hai.zip']);
    expect(world.outbox.queue.waitingCount()).toBe(0);
  });
});
