// The rows of a long list, fetched a page at a time by offset and cached, so the virtualised view can jump to
// row 50,000 with one call. Only the pages the viewport wants are fetched, the page under the first visible
// row first, with at most a few requests in flight: dragging the scrollbar across 100,000 rows asks for the
// pages where it stops, not for every page it passed. A bounded cache forgets pages read longest ago.

export interface Page<Row> {
  total: number;
  rows: Row[];
}

export type FetchPage<Row> = (offset: number, limit: number) => Promise<Page<Row>>;

export interface PagedRowsOptions {
  pageSize: number;
  /** Pages kept in memory; the least recently shown are dropped beyond this. */
  maxPages: number;
  maxInFlight: number;
}

export const defaultPageSize = 100;
const defaults: PagedRowsOptions = { pageSize: defaultPageSize, maxPages: 40, maxInFlight: 2 };

/** The first page's answer asked for before the list existed (renderer/api/earlyCalls.ts), maybe arrived already. */
export interface EarlyPage<Row> {
  readonly promise: Promise<Page<Row>>;
  value?: Page<Row>;
}

export class PagedRows<Row> {
  /** Page index → rows, in order of last use (a Map keeps insertion order). */
  private readonly pages = new Map<number, Row[]>();
  /** Pages shown from before a refresh, kept on screen until their fresh copy arrives. */
  private readonly stale = new Set<number>();
  private inFlight = new Set<number>();
  private wanted: number[] = [0];
  /** Bumped by refresh and dispose: answers to older requests are dropped. */
  private generation = 0;
  private readonly listeners = new Set<() => void>();
  private readonly options: PagedRowsOptions;

  /** Rows over all pages, as the latest answer said; undefined until the first page arrives. */
  total: number | undefined;
  error: unknown;
  /** Changes whenever anything a reader sees changes (the snapshot for useSyncExternalStore). */
  version = 0;

  /** The first page's early answer while it is still on its way: loading page 0 waits for it instead of asking again. */
  private early: Promise<Page<Row>> | undefined;

  constructor(
    private readonly fetchPage: FetchPage<Row>,
    options: Partial<PagedRowsOptions> = {},
    firstPage?: EarlyPage<Row>,
  ) {
    this.options = { ...defaults, ...options };
    // Arrived already: the list's first render shows its rows. Still on its way: the first load waits for it.
    if (firstPage?.value) {
      this.pages.set(0, firstPage.value.rows);
      this.total = firstPage.value.total;
    } else this.early = firstPage?.promise;
  }

  /** The viewport shows rows [start, end): fetch what is missing. */
  show(start: number, end: number): void {
    const { pageSize } = this.options;
    const first = Math.floor(Math.max(0, start) / pageSize);
    const last = Math.max(first, Math.floor((Math.max(start + 1, end) - 1) / pageSize));
    this.wanted = [];
    for (let page = first; page <= last; page += 1) {
      this.wanted.push(page);
      const rows = this.pages.get(page);
      if (rows) {
        // Most recently used goes to the end, so eviction takes from the front.
        this.pages.delete(page);
        this.pages.set(page, rows);
      }
    }
    this.pump();
  }

  rowAt(index: number): Row | undefined {
    return this.pages.get(Math.floor(index / this.options.pageSize))?.[index % this.options.pageSize];
  }

  /** The rows changed (a delete, a restore): fetch the shown pages again, keeping them on screen meanwhile. */
  refresh(): void {
    this.generation += 1;
    this.inFlight = new Set();
    for (const page of [...this.pages.keys()]) {
      if (this.wanted.includes(page)) this.stale.add(page);
      else this.pages.delete(page);
    }
    this.pump();
  }

  /** Bound, so React's useSyncExternalStore can take it as it is. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  /** Drops the answers on their way and forgets what was wanted (the view closed); a later show() starts afresh. */
  dispose(): void {
    this.generation += 1;
    this.inFlight = new Set();
    this.wanted = [];
  }

  private pump(): void {
    for (const page of this.wanted) {
      if (this.inFlight.size >= this.options.maxInFlight) return;
      if (this.inFlight.has(page) || (this.pages.has(page) && !this.stale.has(page))) continue;
      void this.load(page);
    }
  }

  private async load(page: number): Promise<void> {
    const { generation, inFlight } = this;
    inFlight.add(page);
    let answer: Page<Row>;
    try {
      const early = page === 0 ? this.early : undefined;
      this.early = undefined;
      answer = await (early ?? this.fetchPage(page * this.options.pageSize, this.options.pageSize));
    } catch (failure) {
      if (generation !== this.generation) return;
      inFlight.delete(page);
      this.error = failure;
      this.changed();
      return;
    }
    if (generation !== this.generation) return;
    inFlight.delete(page);
    this.pages.delete(page);
    this.pages.set(page, answer.rows);
    this.stale.delete(page);
    this.total = answer.total;
    this.error = undefined;
    this.evict();
    this.changed();
    this.pump();
  }

  private evict(): void {
    for (const page of this.pages.keys()) {
      if (this.pages.size <= this.options.maxPages) return;
      if (this.wanted.includes(page)) continue;
      this.pages.delete(page);
      this.stale.delete(page);
    }
  }

  private changed(): void {
    this.version += 1;
    for (const listener of this.listeners) listener();
  }
}
