// A library with the seed article and its two photos, and an Outbox over it whose clock the test moves.
import path from 'node:path';
import type { Article } from '../../contract/schemas/article';
import { libraryOutbox } from '../../library/libraryOutbox';
import type { Outbox, OutboxDeps } from '../../outbox/outboxService';
import { envSecretVault, type SecretVault } from '../../outbox/secrets/secretVault';
import { openLibrary, type Library } from '../../library/openLibrary';
import { seedWithPhotos } from '../export/exportFixtures';

export interface OutboxWorld {
  dir: string;
  library: Library;
  outbox: Outbox;
  article: Article;
  clock: { now: Date; advance(ms: number): void };
}

export async function outboxWorld(
  dir: string,
  options: { secrets?: SecretVault; env?: NodeJS.ProcessEnv; extra?: Omit<Partial<OutboxDeps>, 'db' | 'secrets'> } = {},
): Promise<OutboxWorld> {
  const library = openLibrary(path.join(dir, 'library'));
  const { article } = await seedWithPhotos(library, dir);
  const clock = {
    now: new Date('2026-06-22T08:00:00.000Z'),
    advance(ms: number) {
      clock.now = new Date(clock.now.getTime() + ms);
    },
  };
  const outbox = libraryOutbox(library, options.secrets ?? envSecretVault(options.env ?? {}), {
    now: () => clock.now,
    random: () => 0.5,
    ...options.extra,
  });
  return { dir, library, outbox, article, clock };
}

/** Everything a test fires at the outbox, until nothing is due any more even an hour later. */
export async function sendUntilSettled(world: OutboxWorld, rounds = 10): Promise<void> {
  for (let round = 0; round < rounds && world.outbox.queue.waitingCount() > 0; round += 1) {
    await world.outbox.send();
    world.clock.advance(60 * 60_000);
  }
}
