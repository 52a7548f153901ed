import { Pool, type QueryResult } from 'pg';
import { isDatabaseUnavailable } from '../db/database-unavailable';
import { logger } from '../logger/logger';

export interface WorkerPoolOptions {
  connectionString: string;
  max: number;
  /** Aborted when the queue stops: a waiting query gives up (with an empty result, see below). */
  signal: AbortSignal;
  backoff?: { initialMs: number; maxMs: number };
}

const EMPTY: QueryResult = { command: '', rowCount: 0, oid: 0, rows: [], fields: [] };

/**
 * The pg pool graphile-worker runs on, owned by the JobQueue (so it outlives a runner that is restarted).
 *
 * Why `pool.query` waits out an outage: in graphile-worker 0.16 the cron loop is the only caller of `pgPool.query`
 * (registering schedules, then adding each minute's jobs), and when one of those queries fails, the runner attaches
 * `cron.promise.finally(...)` without a rejection handler, so the error becomes an unhandled rejection that ends the
 * process, whatever the caller does with `runner.promise` (fixed upstream in 0.17, graphile/worker#544, which is
 * ESM-only). Waiting instead keeps the cron alive; it catches up on the missed minutes when the database is back
 * (its jobs have job keys, so that adds at most one job per schedule). Jobs themselves use `pool.connect`, whose
 * failures graphile-worker retries on its own. Every cron statement is idempotent, so retrying one is safe.
 */
export function createWorkerPool(options: WorkerPoolOptions): Pool {
  const pool = new Pool({ connectionString: options.connectionString, max: options.max });
  // Idle clients of a pool without an 'error' listener crash the process when PostgreSQL restarts. graphile-worker
  // adds one while a runner is up; this one covers the time between runners.
  pool.on('error', (err) => logger.warn({ err: err.message, component: 'jobs' }, 'job queue: idle connection lost'));
  const { initialMs, maxMs } = options.backoff ?? { initialMs: 500, maxMs: 5_000 };
  const query = pool.query.bind(pool) as (text: unknown, values?: unknown) => Promise<QueryResult>;
  const waitingQuery = async (text: unknown, values?: unknown): Promise<QueryResult> => {
    for (let attempt = 0; ; attempt++) {
      // Stopping: an empty result lets the cron loop see it was released and end cleanly (a thrown error here would
      // be the very unhandled rejection this avoids).
      if (options.signal.aborted) return EMPTY;
      try {
        return await query(text, values);
      } catch (err) {
        if (!isDatabaseUnavailable(err)) throw err;
        const delay = Math.min(maxMs, initialMs * 2 ** attempt);
        if (attempt === 0)
          logger.warn(
            { err: (err as Error).message, component: 'jobs' },
            'job queue: database unavailable; cron waits',
          );
        await sleep(delay, options.signal);
      }
    }
  };
  (pool as unknown as { query: typeof waitingQuery }).query = waitingQuery;
  return pool;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done);
  });
}
