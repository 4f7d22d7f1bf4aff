// The app's background sender: works what is due, again at once while deliveries succeed (the next item of
// a destination), else every `intervalMs`; `wake()` (something filed or retried) runs it soon. Each attempt is
// a real one: no guess from the network's state, the destination itself answers.
import type { Outbox } from './outboxService';
import type { AttemptOutcome } from './outboxWorker';

export interface OutboxLoop {
  wake(): void;
  /** Stops after the attempt in flight is abandoned (it stays 'sending' and resumes at the next start). */
  stop(): void;
}

export function startOutboxLoop(
  outbox: Outbox,
  options: { intervalMs?: number; onOutcome?: (outcome: AttemptOutcome) => void; onProblem?: (error: unknown) => void } = {},
): OutboxLoop {
  const intervalMs = options.intervalMs ?? 30_000;
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let again = false;

  const schedule = (delay: number) => {
    if (controller.signal.aborted) return;
    clearTimeout(timer);
    timer = setTimeout(() => void run(), delay);
    timer.unref?.();
  };

  const run = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    let sent = false;
    try {
      const outcomes = await outbox.send({ signal: controller.signal });
      for (const outcome of outcomes) options.onOutcome?.(outcome);
      sent = outcomes.some((outcome) => outcome.state === 'sent');
    } catch (error) {
      if (!controller.signal.aborted) options.onProblem?.(error);
    } finally {
      running = false;
    }
    schedule(sent || again ? 0 : intervalMs);
    again = false;
  };

  schedule(0);
  return {
    wake: () => schedule(0),
    stop: () => {
      controller.abort();
      clearTimeout(timer);
    },
  };
}
