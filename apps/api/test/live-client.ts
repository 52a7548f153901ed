import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { TestServer } from './harness';

export interface LiveSubscriber<T = any> {
  events: T[];
  errors: { message: string; extensions?: { code?: string } }[];
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

/** A graphql-ws subscriber like the SPAs' (cookie in the handshake, `app` in connectionParams), for tests and benches. */
export function liveSubscribe(baseUrl: string, opts: LiveSubscribeOptions): LiveSubscriber {
  const events: T[] = [];
  const errors: LiveSubscriber['errors'] = [];
  const closeCodes: number[] = [];
  let taken = 0;
  let connections = 0;
  let ended: 'complete' | 'error' | null = null;
  const waiters = new Set<() => void>();
  const wake = () => waiters.forEach((w) => w());
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
  client.subscribe<T>(
    { query: opts.query, variables: opts.variables },
    {
      next: (value) => {
        if (value.errors) errors.push(...(value.errors as LiveSubscriber['errors']));
        if (value.data) {
          opts.onData?.(value.data, performance.now());
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

  const waitFor = <R>(check: () => R | undefined, timeoutMs: number, what: string) =>
    new Promise<R>((resolve, reject) => {
      const tryNow = () => {
        const value = check();
        if (value === undefined) return false;
        clearTimeout(timer);
        waiters.delete(tryNow as () => void);
        resolve(value);
        return true;
      };
      const timer = setTimeout(() => {
        waiters.delete(tryNow as () => void);
        reject(new Error(`timed out waiting for ${what}`));
      }, timeoutMs);
      if (!tryNow()) waiters.add(tryNow as () => void);
    });

  let closesSeen = 0;
  return {
    events,
    errors,
    closeCodes,
    get connections() {
      return connections;
    },
    next: (timeoutMs = 5000) =>
      waitFor(() => (events.length > taken ? events[taken++] : undefined), timeoutMs, 'a live event'),
    ended: (timeoutMs = 5000) => waitFor(() => ended ?? undefined, timeoutMs, 'the subscription to end'),
    closed: (timeoutMs = 5000) =>
      waitFor(
        () => (closeCodes.length > closesSeen ? closeCodes[closesSeen++] : undefined),
        timeoutMs,
        'the socket to close',
      ),
    dispose: async () => {
      await client.dispose();
    },
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
