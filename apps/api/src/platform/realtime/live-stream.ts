/**
 * A subscriber's event stream on the LiveBus: the producer `push`es synchronously, the consumer awaits `next()`.
 * Cheaper than a Repeater with a sliding buffer (no promise per push unless the consumer is waiting), which matters
 * once per subscriber group and event. A consumer that falls `capacity` events behind loses the oldest (it
 * re-fetches after any reconnect anyway).
 */
export class LiveStream<T> implements AsyncIterableIterator<T> {
  private readonly queue: T[] = [];
  /** Pending `next()` calls (one, for the usual consumer that awaits each before the next). */
  private readonly waiting: ((result: IteratorResult<T>) => void)[] = [];
  private state: 'new' | 'open' | 'stopped' | 'closed' = 'new';
  private unregister: (() => void) | null = null;

  /** `register` runs on the first `next()` and returns the matching unregister. */
  constructor(
    private readonly capacity: number,
    private readonly register: (stream: LiveStream<T>) => () => void,
  ) {}

  push(value: T): void {
    if (this.state !== 'open') return;
    const waiting = this.waiting.shift();
    if (waiting) {
      waiting({ done: false, value });
      return;
    }
    if (this.queue.length >= this.capacity) this.queue.shift();
    this.queue.push(value);
  }

  /** The producer ends the stream (access revoked, bus stopped): what is buffered is still delivered, then done. */
  stop(): void {
    if (this.state === 'stopped' || this.state === 'closed') return;
    this.state = 'stopped';
    this.release();
    this.drainWaiting();
  }

  next(): Promise<IteratorResult<T>> {
    if (this.state === 'new') {
      this.state = 'open';
      this.unregister = this.register(this);
    }
    if (this.queue.length) return Promise.resolve({ done: false, value: this.queue.shift()! });
    if (this.state !== 'open') return Promise.resolve({ done: true, value: undefined });
    return new Promise((resolve) => {
      this.waiting.push(resolve);
    });
  }

  /** The consumer leaves: unregisters at once; nothing more is delivered. */
  return(): Promise<IteratorResult<T>> {
    this.state = 'closed';
    this.queue.length = 0;
    this.release();
    this.drainWaiting();
    return Promise.resolve({ done: true, value: undefined });
  }

  throw(err: unknown): Promise<IteratorResult<T>> {
    void this.return();
    return Promise.reject(err);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private drainWaiting(): void {
    for (const resolve of this.waiting.splice(0)) resolve({ done: true, value: undefined });
  }

  private release(): void {
    const unregister = this.unregister;
    this.unregister = null;
    unregister?.();
  }
}
