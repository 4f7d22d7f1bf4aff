// Async steps run a few at a time (writing two thousand small photos one after the other waits on the disk two
// thousand times). The first failure is kept and thrown to whoever adds or drains next; the steps already
// running are always waited for, so nothing is still writing when the caller cleans up.
export class TaskPool {
  private readonly running = new Set<Promise<void>>();
  private failure: { error: unknown } | undefined;

  constructor(private readonly size: number) {}

  /** Starts the step, first waiting while `size` steps run. */
  async add(step: () => Promise<void>): Promise<void> {
    while (this.running.size >= this.size) await Promise.race(this.running);
    this.throwIfFailed();
    const running: Promise<void> = step()
      .catch((error: unknown) => {
        this.failure ??= { error };
      })
      .finally(() => this.running.delete(running));
    this.running.add(running);
  }

  /** Waits for every step; throws the first failure. */
  async drain(): Promise<void> {
    await this.settle();
    this.throwIfFailed();
  }

  /** Waits for every step, whatever became of them. */
  async settle(): Promise<void> {
    while (this.running.size > 0) await Promise.all(this.running);
  }

  private throwIfFailed(): void {
    if (this.failure) throw this.failure.error;
  }
}
