// Search-as-you-type without a queue: at most one request in flight and one waiting — the latest. A keystroke
// while a search runs replaces the waiting query; when the running one answers, its answer is dropped if
// the reader has typed since (it answers a question no longer asked) and the waiting query goes out.

export type Outcome<Result> = { ok: true; value: Result } | { ok: false; error: unknown };

export class LatestOnly<Input, Result> {
  private running = false;
  private waiting: { input: Input } | undefined;
  /** Bumped by every request and by cancel: only the answer to the newest request is delivered. */
  private latest = 0;

  constructor(
    private readonly run: (input: Input) => Promise<Result>,
    private readonly deliver: (input: Input, outcome: Outcome<Result>) => void,
  ) {}

  request(input: Input): void {
    this.latest += 1;
    if (this.running) this.waiting = { input };
    else void this.start(input);
  }

  /** Nothing asked for any more (the box was cleared): drop the waiting query and any answer on its way. */
  cancel(): void {
    this.latest += 1;
    this.waiting = undefined;
  }

  private async start(input: Input): Promise<void> {
    this.running = true;
    const ticket = this.latest;
    let outcome: Outcome<Result>;
    try {
      outcome = { ok: true, value: await this.run(input) };
    } catch (error) {
      outcome = { ok: false, error };
    }
    this.running = false;
    if (ticket === this.latest) this.deliver(input, outcome);
    const next = this.waiting;
    this.waiting = undefined;
    if (next) void this.start(next.input);
  }
}
