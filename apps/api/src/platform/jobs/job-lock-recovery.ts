import os from 'node:os';
import type { WorkerEvents } from 'graphile-worker';
import type { DataSource } from 'typeorm';
import { logger } from '../logger/logger';

export interface LockRecoveryOptions {
  /** A worker that has not beaten for this long is dead, and the jobs it locked are unlocked (default 60 s). */
  staleMs: number;
  /** How often live workers beat and dead ones are looked for (default staleMs / 4). */
  heartbeatMs?: number;
}

/**
 * Recovers the jobs of killed workers within `staleMs + heartbeatMs`.
 *
 * graphile-worker 0.16 unlocks a job only when its lock is four hours old (and only when a runner starts), so the
 * jobs held by a process that was `kill -9`ed — an email, a recurring-invoice run — waited that long. Every live
 * worker of every process therefore writes a heartbeat (`job_worker_heartbeat`), and each process that works the
 * queue unlocks, with graphile-worker's own `force_unlock_workers`, the jobs whose worker has not beaten for
 * `staleMs`. A worker busy with one long job keeps beating, so its job is never taken from it. A process looks for
 * dead workers only after its own heartbeats have succeeded for `staleMs` in a row: after a database outage every
 * process gets that long to beat again before anyone counts it as dead. Handlers are idempotent (decision 0011), so
 * a job that a dead worker had half done is safe to run again.
 */
export class JobLockRecovery {
  private readonly live = new Set<string>();
  private readonly process = `${os.hostname()}:${process.pid}`;
  private readonly heartbeatMs: number;
  private timer: NodeJS.Timeout | null = null;
  private healthySince: number | null = null;
  private ticking: Promise<void> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly options: LockRecoveryOptions,
  ) {
    this.heartbeatMs = options.heartbeatMs ?? Math.max(1_000, Math.round(options.staleMs / 4));
  }

  /** Follows the workers of one graphile-worker runner (call before the runner starts). */
  watch(events: WorkerEvents): void {
    events.on('worker:create', ({ worker }) => {
      this.live.add(worker.workerId);
      void this.tick();
    });
    events.on('worker:stop', ({ worker }) => {
      this.live.delete(worker.workerId);
      this.dataSource
        .query(`DELETE FROM "job_worker_heartbeat" WHERE "workerId" = $1`, [worker.workerId])
        .catch(() => undefined); // a stale row is cleaned up later; it unlocks nothing (the worker holds no jobs)
    });
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.tick(), this.heartbeatMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.healthySince = null;
    await this.ticking;
  }

  /** One heartbeat, then (once this process has been beating for `staleMs`) one look for dead workers. */
  tick(): Promise<void> {
    this.ticking ??= this.beatAndRecover().finally(() => (this.ticking = null));
    return this.ticking;
  }

  private async beatAndRecover(): Promise<void> {
    try {
      await this.beat();
    } catch {
      this.healthySince = null; // the database is away; job-queue.ts reports that
      return;
    }
    this.healthySince ??= Date.now();
    if (Date.now() - this.healthySince < this.options.staleMs) return;
    try {
      await this.recover();
    } catch (err) {
      logger.warn({ err: (err as Error).message, component: 'jobs' }, 'job queue: lock recovery failed');
    }
  }

  private async beat(): Promise<void> {
    if (this.live.size === 0) return;
    await this.dataSource.query(
      `INSERT INTO "job_worker_heartbeat" ("workerId", "process", "seenAt")
       SELECT id, $2, now() FROM unnest($1::text[]) AS id
       ON CONFLICT ("workerId") DO UPDATE SET "seenAt" = now(), "process" = EXCLUDED."process"`,
      [[...this.live], this.process],
    );
  }

  /** Unlocks the jobs of workers that stopped beating; returns their ids. */
  async recover(): Promise<string[]> {
    const stale = this.options.staleMs / 1000;
    const dead: { workerId: string; jobs: number }[] = await this.dataSource.query(
      `SELECT l.locked_by AS "workerId", count(*)::int AS jobs
         FROM (SELECT locked_by, locked_at FROM graphile_worker._private_jobs WHERE locked_by IS NOT NULL
               UNION ALL
               SELECT locked_by, locked_at FROM graphile_worker._private_job_queues WHERE locked_by IS NOT NULL) l
         LEFT JOIN "job_worker_heartbeat" h ON h."workerId" = l.locked_by
        WHERE l.locked_at < now() - make_interval(secs => $1)
          AND (h."seenAt" IS NULL OR h."seenAt" < now() - make_interval(secs => $1))
          AND NOT (l.locked_by = ANY($2::text[]))
        GROUP BY l.locked_by`,
      [stale, [...this.live]],
    );
    // Rows of workers long gone (a stopped worker deletes its own; a killed one cannot).
    await this.dataSource.query(`DELETE FROM "job_worker_heartbeat" WHERE "seenAt" < now() - interval '1 day'`);
    if (dead.length === 0) return [];
    const ids = dead.map((d) => d.workerId);
    await this.dataSource.query(`SELECT graphile_worker.force_unlock_workers($1::text[])`, [ids]);
    await this.dataSource.query(`DELETE FROM "job_worker_heartbeat" WHERE "workerId" = ANY($1::text[])`, [ids]);
    logger.warn(
      { workers: ids, jobs: dead.reduce((n, d) => n + d.jobs, 0), component: 'jobs' },
      'job queue: unlocked the jobs of workers that stopped beating (killed process)',
    );
    return ids;
  }
}
