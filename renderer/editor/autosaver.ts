// Debounced, strictly serial saving. Edits merge into one pending change set; at most one save is in flight,
// so an older save can never land after a newer one. A failed save keeps its changes for the next attempt:
// the next edit, or a retry after `retryMs` (a full disk may be freed meanwhile).
// Held (a save refused because the article changed elsewhere), edits still gather but nothing is sent until
// the reporter decides; discarded, what was pending is dropped (its text was kept another way).

export type SaveState = 'saved' | 'unsaved' | 'saving' | 'failed';

export class Autosaver<T extends object> {
  private pending: Partial<T> | undefined;
  private inFlight: Promise<void> | undefined;
  private inFlightChanges: Partial<T> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private listeners = new Set<() => void>();
  private held = false;
  state: SaveState = 'saved';
  error: unknown;

  constructor(
    private readonly save: (changes: Partial<T>) => Promise<void>,
    private readonly delayMs = 600,
    private readonly retryMs = 10_000,
  ) {}

  update(changes: Partial<T>): void {
    this.pending = { ...this.pending, ...changes };
    this.setState('unsaved');
    if (!this.held) this.restartTimer();
  }

  /** Stops saving (edits still gather) until resume(): a save in flight still ends. */
  hold(): void {
    this.held = true;
    clearTimeout(this.timer);
  }

  resume(): void {
    this.held = false;
    if (this.pending) {
      this.setState('unsaved');
      this.restartTimer();
    }
  }

  /** Drops what is pending (the caller kept that text elsewhere) and saves nothing more until resumed. */
  discard(): void {
    this.hold();
    this.pending = undefined;
    this.setState('saved');
  }

  /** Saves whatever is pending now and resolves when nothing is left in flight. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    for (;;) {
      if (this.inFlight) {
        await this.inFlight;
        continue;
      }
      if (!this.pending || this.state === 'failed' || this.held) return;
      await this.saveNow();
    }
  }

  /** Everything not yet known to be saved: the save in flight and what waits behind it; undefined when all is saved. */
  unsavedChanges(): Partial<T> | undefined {
    return this.inFlightChanges || this.pending ? { ...this.inFlightChanges, ...this.pending } : undefined;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.listeners.clear();
  }

  private restartTimer(delayMs = this.delayMs): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.saveNow(), delayMs);
  }

  private saveNow(): Promise<void> {
    if (this.inFlight) return this.inFlight;
    if (this.held) return Promise.resolve();
    const changes = this.pending;
    if (!changes) return Promise.resolve();
    this.pending = undefined;
    this.inFlightChanges = changes;
    this.setState('saving');
    this.inFlight = this.save(changes).then(
      () => {
        this.inFlight = undefined;
        this.inFlightChanges = undefined;
        this.error = undefined;
        if (this.pending) {
          this.setState('unsaved');
          if (!this.held) this.restartTimer();
        } else {
          this.setState('saved');
        }
      },
      (error: unknown) => {
        this.inFlight = undefined;
        this.inFlightChanges = undefined;
        this.pending = { ...changes, ...this.pending };
        this.error = error;
        this.setState('failed');
        if (!this.held) this.restartTimer(this.retryMs);
      },
    );
    return this.inFlight;
  }

  private setState(state: SaveState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}
