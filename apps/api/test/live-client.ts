import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { TestServer } from './harness';

export interface LiveSubscriber<T = any> {
  events: T[];
  errors: { message: string; extensions?: { code?: string; field?: string } }[];
  closeCodes: number[];
  /** Sockets opened so far (reconnects included). */
  readonly connections: number;
  /** Resolves with the next event not yet taken (rejects after `timeoutMs`). */
  next(timeoutMs?: number): Promise<T>;
  /** Resolves when the subscription completed or failed (or rejects after `timeoutMs`). */
  ended(timeoutMs?: number): Promise<'complete' | 'error'>;
  /** Resolves with the next socket close code. */
  closed(timeoutMs?: number): Promise<number>;
  dispose(): Promise<void>;
}

export interface LiveSubscribeOptions {
  cookie?: string;
  app?: 'admin' | 'portal';
  origin?: string;
  query: string;
  variables?: Record<string, unknown>;
  /** Reconnect after a close (default off). */
  retry?: boolean;
  /** Called on every payload with its receipt time (benchmarks). */
  onData?: (data: T, receivedAt: number) => void;
}
type T = any;

type Waiter = () => boolean;

/** Resolves once `check` returns a value; re-checked on every `wake()` of `waiters`. */
function waitFor<R>(waiters: Set<Waiter>, check: () => R | undefined, timeoutMs: number, what: string): Promise<R> {
  return new Promise<R>((resolve, reject) => {
    const tryNow: Waiter = () => {
      const value = check();
      if (value === undefined) return false;
      clearTimeout(timer);
      waiters.delete(tryNow);
      resolve(value);
      return true;
    };
    const timer = setTimeout(() => {
      waiters.delete(tryNow);
      reject(new Error(`timed out waiting for ${what}`));
    }, timeoutMs);
    if (!tryNow()) waiters.add(tryNow);
  });
}

/** One graphql-ws socket like the SPAs' (cookie in the handshake, `app` in connectionParams); several operations on it. */
export interface LiveSocket {
  closeCodes: number[];
  readonly connections: number;
  /** A subscription on this socket; its `dispose` completes it only (the socket stays open). */
  subscribe(
    query: string,
    variables?: Record<string, unknown>,
    onData?: LiveSubscribeOptions['onData'],
  ): LiveSubscriber;
  closed(timeoutMs?: number): Promise<number>;
  dispose(): Promise<void>;
}

export function liveSocket(
  baseUrl: string,
  opts: Omit<LiveSubscribeOptions, 'query' | 'variables' | 'onData'>,
): LiveSocket {
  const closeCodes: number[] = [];
  let connections = 0;
  const waiters = new Set<Waiter>();
  const wake = () => [...waiters].forEach((w) => w());
  const headers: Record<string, string> = {};
  if (opts.cookie) headers.cookie = opts.cookie;
  if (opts.origin) headers.origin = opts.origin;

  const client: Client = createClient({
    url: baseUrl.replace(/^http/, 'ws') + '/graphql',
    connectionParams: { app: opts.app ?? 'admin' },
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers });
      }
    },
    lazy: false,
    onNonLazyError: () => undefined, // surfaced through closeCodes and the subscription's error
    retryAttempts: opts.retry ? 20 : 0,
    retryWait: async () => new Promise((r) => setTimeout(r, 50)),
    shouldRetry: () => Boolean(opts.retry),
    on: {
      connected: () => {
        connections += 1;
        wake();
      },
      closed: (e) => {
        closeCodes.push((e as { code: number }).code);
        wake();
      },
    },
  });

  let closesSeen = 0;
  const closed = (timeoutMs = 5000) =>
    waitFor(
      waiters,
      () => (closeCodes.length > closesSeen ? closeCodes[closesSeen++] : undefined),
      timeoutMs,
      'the socket to close',
    );

  const subscribe = (
    query: string,
    variables?: Record<string, unknown>,
    onData?: LiveSubscribeOptions['onData'],
  ): LiveSubscriber => {
    const events: T[] = [];
    const errors: LiveSubscriber['errors'] = [];
    let taken = 0;
    let ended: 'complete' | 'error' | null = null;
    const unsubscribe = client.subscribe<T>(
      { query, variables },
      {
        next: (value) => {
          if (value.errors) errors.push(...(value.errors as LiveSubscriber['errors']));
          if (value.data) {
            onData?.(value.data, performance.now());
            events.push(value.data);
          }
          wake();
        },
        error: (err) => {
          if (Array.isArray(err)) errors.push(...err);
          ended = 'error';
          wake();
        },
        complete: () => {
          ended ??= 'complete';
          wake();
        },
      },
    );
    return {
      events,
      errors,
      closeCodes,
      get connections() {
        return connections;
      },
      next: (timeoutMs = 5000) =>
        waitFor(waiters, () => (events.length > taken ? events[taken++] : undefined), timeoutMs, 'a live event'),
      ended: (timeoutMs = 5000) => waitFor(waiters, () => ended ?? undefined, timeoutMs, 'the subscription to end'),
      closed,
      dispose: async () => unsubscribe(),
    };
  };

  return {
    closeCodes,
    get connections() {
      return connections;
    },
    subscribe,
    closed,
    dispose: async () => {
      await client.dispose();
    },
  };
}

/** A graphql-ws subscriber like the SPAs' on its own socket, for tests and benches; `dispose` closes the socket. */
export function liveSubscribe(baseUrl: string, opts: LiveSubscribeOptions): LiveSubscriber {
  const socket = liveSocket(baseUrl, opts);
  const sub = socket.subscribe(opts.query, opts.variables, opts.onData);
  return {
    events: sub.events,
    errors: sub.errors,
    closeCodes: socket.closeCodes,
    get connections() {
      return socket.connections;
    },
    next: sub.next,
    ended: sub.ended,
    closed: socket.closed,
    dispose: () => socket.dispose(),
  };
}

/** Polls `check` every 10 ms until it holds; throws after `timeoutMs`. */
export async function until(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not reached');
    await new Promise((r) => setTimeout(r, 10));
  }
}

/**
 * Opens a live subscription and waits until the API has registered it (so an event published next reaches it);
 * the subscriber is added to `open` for the test file's cleanup.
 */
export async function subscribeLive(
  server: TestServer,
  opts: LiveSubscribeOptions,
  open: LiveSubscriber[],
): Promise<LiveSubscriber> {
  const before = server.app.services.live.subscriberCount;
  const sub = liveSubscribe(server.url, opts);
  open.push(sub);
  await until(() => server.app.services.live.subscriberCount > before);
  return sub;
}
