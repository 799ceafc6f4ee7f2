/**
 * A bounded queue read as an async iterator: what a subscription has to say waits here for
 * graphql-ws to pull it. Used on both sides of the subscriptions wing — a subgraph's feed
 * subscriber and the gateway's queue per client — so that both end, fail and make producers wait
 * the same way.
 *
 * Producers either `offer` (never waits; false when full, the producer decides what a full queue
 * means) or wait for `room` first. The reader ends it with `return()`; the producer with `end()`
 * (after what is queued), `fail(error)` (at once; the reader's next pull rejects) or `close()`.
 */
export class BoundedQueue<T> implements AsyncIterableIterator<T> {
  private readonly items: T[] = [];
  private reader: ((result: IteratorResult<T>) => void) | null = null;
  private readonly roomWaiters: Array<{ below: number; resolve: () => void }> = [];
  private failure: Error | null = null;
  private ending = false;
  private closed = false;

  /** `onClose` runs once, when the queue is closed for good, whoever closes it. */
  constructor(
    readonly capacity: number,
    private readonly onClose: () => void = () => undefined,
  ) {}

  get length(): number {
    return this.items.length;
  }

  /** No more items will be read from it (closed, failed or ended). */
  get done(): boolean {
    return this.closed || this.ending || this.failure !== null;
  }

  /** Hands `item` to the waiting reader, or queues it; false when the queue is full or done. */
  offer(item: T): boolean {
    if (this.done) return false;
    const reader = this.reader;
    if (reader) {
      this.reader = null;
      reader({ value: item, done: false });
      return true;
    }
    if (this.items.length >= this.capacity) return false;
    this.items.push(item);
    return true;
  }

  /** Resolves once fewer than `below` items wait, or once the queue is done. */
  room(below = this.capacity): Promise<void> {
    if (this.items.length < below || this.done) return Promise.resolve();
    return new Promise((resolve) => this.roomWaiters.push({ below, resolve }));
  }

  /** No more items: the reader gets what is queued, then the end. */
  end(): void {
    if (this.done) return;
    this.ending = true;
    this.wakeRoomWaiters();
    if (this.items.length === 0) this.close();
  }

  /** Ends at once, dropping what is queued: the reader's next pull rejects with `error`. */
  fail(error: Error): void {
    if (this.done) return;
    this.failure = error;
    this.items.length = 0;
    this.wakeRoomWaiters();
    const reader = this.reader;
    if (reader) {
      this.reader = null;
      this.close();
      // An iterator reports a failure by rejecting next(): the pending one rejects.
      reader(Promise.reject(error) as unknown as IteratorResult<T>);
    }
  }

  /** Ends at once, dropping what is queued. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.items.length = 0;
    this.wakeRoomWaiters();
    this.onClose();
    const reader = this.reader;
    this.reader = null;
    reader?.({ value: undefined, done: true });
  }

  next(): Promise<IteratorResult<T>> {
    if (this.items.length > 0) {
      const value = this.items.shift() as T;
      this.wakeRoomWaiters();
      if (this.ending && this.items.length === 0) this.close();
      return Promise.resolve({ value, done: false });
    }
    if (this.failure) {
      const error = this.failure;
      this.close();
      return Promise.reject(error);
    }
    if (this.closed || this.ending) {
      this.close();
      return Promise.resolve({ value: undefined, done: true });
    }
    return new Promise((resolve) => {
      this.reader = resolve;
    });
  }

  return(): Promise<IteratorResult<T>> {
    this.close();
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error: unknown): Promise<IteratorResult<T>> {
    this.close();
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }

  private wakeRoomWaiters(): void {
    if (this.roomWaiters.length === 0) return;
    const done = this.done;
    for (let i = this.roomWaiters.length - 1; i >= 0; i -= 1) {
      const waiter = this.roomWaiters[i]!;
      if (done || this.items.length < waiter.below) {
        this.roomWaiters.splice(i, 1);
        waiter.resolve();
      }
    }
  }
}
