// The queue's rules without any network: one item per destination at a time and in order, a newer filing
// superseding an older one still waiting, a sender still alive keeping its item, and backoff with jitter.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backoffBaseMs, backoffCapMs, backoffDelay } from '../../outbox/backoff';
import { DestinationStore } from '../../outbox/destinationStore';
import { OutboxQueue, newOwner, ownedHere } from '../../outbox/outboxQueue';
import { openLibrary, type Library } from '../../library/openLibrary';
import { useTempDirs } from '../helpers/tempDir';

const tempDir = useTempDirs('newsdesk-outbox-queue');
let library: Library | undefined;
afterEach(() => library?.close());

function setUp() {
  library = openLibrary(path.join(tempDir(), 'library'));
  const destinations = new DestinationStore(library.db);
  const a = destinations.add('A', { kind: 'folder', path: '/a' }, { store: 'none' });
  const b = destinations.add('B', { kind: 'folder', path: '/b' }, { store: 'none' });
  const articles = [1, 2, 3].map((n) => library!.articles.get(library!.articles.create({ headline: `Bài ${n}` }).id));
  return { queue: new OutboxQueue(library.db), a, b, articles };
}

describe('the outbox queue', () => {
  it('hands out one item per destination, oldest first, and none while one is being sent', () => {
    const { queue, a, b, articles } = setUp();
    const now = new Date('2026-06-22T08:00:00Z');
    const first = queue.enqueue(articles[0]!, 1, a.id, now);
    const second = queue.enqueue(articles[1]!, 1, a.id, now);
    const other = queue.enqueue(articles[2]!, 1, b.id, now);
    expect(queue.due(now).map((row) => row.id)).toEqual([first, other]);

    const owner = newOwner();
    ownedHere.add(owner);
    try {
      expect(queue.claim(first, owner, now)).toMatchObject({ state: 'sending', attempts: 1 });
      // A live sender holds destination A: its next item waits; a second claim of the same item fails.
      expect(queue.due(now).map((row) => row.id)).toEqual([other]);
      expect(queue.claim(first, newOwner(), now)).toBeUndefined();
      expect(queue.claim(second, newOwner(), now)).toBeUndefined();
    } finally {
      ownedHere.delete(owner);
    }
    // Its owner gone (a killed process), the item is taken up again, before the later one.
    expect(queue.due(now).map((row) => row.id)).toEqual([first, other]);
  });

  it('lets a newer filing of an article replace the older one still waiting for the same destination', () => {
    const { queue, a, b, articles } = setUp();
    const now = new Date('2026-06-22T08:00:00Z');
    const older = queue.enqueue(articles[0]!, 1, a.id, now);
    const elsewhere = queue.enqueue(articles[0]!, 1, b.id, now);
    const newer = queue.enqueue(articles[0]!, 1, a.id, now);
    expect(queue.row(older).state).toBe('cancelled');
    expect(queue.row(elsewhere).state).toBe('queued');
    expect(queue.row(newer).state).toBe('queued');
    expect(queue.waitingCount()).toBe(2);
  });

  it('backs off exponentially with jitter between half and all of each step, up to the cap', () => {
    expect(backoffDelay(1, () => 0)).toBe(backoffBaseMs / 2);
    expect(backoffDelay(1, () => 1)).toBe(backoffBaseMs);
    expect(backoffDelay(3, () => 1)).toBe(backoffBaseMs * 4);
    expect(backoffDelay(40, () => 1)).toBe(backoffCapMs);
    const spread = new Set(Array.from({ length: 50 }, () => backoffDelay(5)));
    expect(spread.size).toBeGreaterThan(1);
    for (const delay of spread) expect(delay).toBeGreaterThanOrEqual((backoffBaseMs * 16) / 2);
  });
});
