import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Request, RequestHandler, Response } from 'express';
import { logger } from '../logger/logger';

export interface LoadShedOptions {
  /** Requests this process works on at once; one more is refused at once (0 = no cap). */
  maxInFlight: number;
  /** Refuse new requests while the event loop runs this late (p99 of the last half second, ms; 0 = off). */
  maxLagMs: number;
  /** Paths never refused (health checks, payment webhooks: the provider would only retry them later). */
  exempt?: (req: Request) => boolean;
}

/** The code of a refused request: nothing was done, and the same request may be sent again after `Retry-After`. */
export const OVERLOADED = 'SERVICE_OVERLOADED';
export const OVERLOADED_RETRY_AFTER_SECONDS = 1;
const MESSAGE = 'The service is busy. Please try again in a moment.';
/** Below this many requests in flight a late event loop is not our queue's doing (GC, a long render): no shedding. */
const LAG_FLOOR = 2;

/**
 * Load shedding: past its capacity (~4 ms of CPU per request, so ~220 req/s on one core) a Node process used to
 * accept every request and queue it without bound, so every answer got slower (p95 6.8 s at 240 req/s offered).
 * Instead, a request that finds `maxInFlight` requests already running, or the event loop late by more than
 * `maxLagMs` (the CPU is saturated), is refused before anything runs: HTTP 503, `Retry-After: 1`, code
 * SERVICE_OVERLOADED (GraphQL's shape on /graphql, the REST shape elsewhere). Refusing costs a fraction of serving,
 * so the admitted requests keep their latency, and the SPAs retry refused queries (reconnect-link.ts). A refused
 * mutation did not run, so sending it again is safe.
 */
export function loadShedder(options: LoadShedOptions): RequestHandler & { stop(): void; readonly inFlight: number } {
  let inFlight = 0;
  let lagging = false;
  let refused = 0;
  const histogram = options.maxLagMs > 0 ? monitorEventLoopDelay({ resolution: 10 }) : null;
  histogram?.enable();
  const timer = histogram
    ? setInterval(() => {
        lagging = histogram.percentile(99) / 1e6 > options.maxLagMs;
        histogram.reset();
        if (refused > 0) {
          logger.warn({ refused, inFlight }, 'load shedding: requests refused (overloaded)');
          refused = 0;
        }
      }, 500)
    : null;
  timer?.unref();

  const handler = ((req: Request, res: Response, next: () => void) => {
    if (options.exempt?.(req)) return next();
    const full = options.maxInFlight > 0 && inFlight >= options.maxInFlight;
    if (full || (lagging && inFlight >= LAG_FLOOR)) {
      refused += 1;
      res.status(503).setHeader('retry-after', String(OVERLOADED_RETRY_AFTER_SECONDS));
      // The body is left unread: Node discards it, and the connection stays usable.
      const code = OVERLOADED;
      if (/^\/graphql(\/|\?|$)/.test(req.originalUrl))
        res.json({ errors: [{ message: MESSAGE, extensions: { code } }] });
      else res.json({ error: { code, field: null, message: MESSAGE } });
      return;
    }
    inFlight += 1;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      inFlight -= 1;
    };
    res.once('finish', finish);
    res.once('close', finish);
    next();
  }) as RequestHandler & { stop(): void; readonly inFlight: number };
  handler.stop = () => {
    if (timer) clearInterval(timer);
    histogram?.disable();
  };
  Object.defineProperty(handler, 'inFlight', { get: () => inFlight });
  return handler;
}
