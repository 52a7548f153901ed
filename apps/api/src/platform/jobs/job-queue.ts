import {
  Logger as WorkerLogger,
  parseCronItems,
  run,
  runMigrations,
  type CronItem,
  type JobHelpers,
  type Runner,
  type TaskList,
  type WorkerEvents,
} from 'graphile-worker';
import { EventEmitter } from 'node:events';
import type { Pool } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import { logger } from '../logger/logger';
import { createWorkerPool } from './worker-pool';
import { JobLockRecovery, type LockRecoveryOptions } from './job-lock-recovery';

/** Handles one job; throwing makes graphile-worker retry it later with exponential backoff. */
export type JobHandler<P = Record<string, unknown>> = (payload: P, helpers: JobHelpers) => Promise<void>;

export interface JobOptions {
  /** A job with the same key replaces the waiting one instead of queueing a second (debounce/dedupe). */
  jobKey?: string;
  runAt?: Date;
  maxAttempts?: number;
}

export interface ScheduledJob {
  task: string;
  /** Cron pattern in UTC, e.g. `*\/15 * * * *`. */
  match: string;
  /** How far back missed runs are caught up after downtime (ms); 0 = none. */
  backfillMs?: number;
}

const workerLogger = new WorkerLogger(() => (level, message, meta) => {
  const log =
    level === 'error'
      ? logger.error.bind(logger)
      : level === 'warning'
        ? logger.warn.bind(logger)
        : logger.debug.bind(logger);
  log({ ...meta, component: 'jobs' }, message);
});

/** Creates or upgrades the job queue's own schema (`graphile_worker`); idempotent. */
export function migrateJobQueue(connectionString: string): Promise<void> {
  return runMigrations({ connectionString, logger: workerLogger });
}

/**
 * The Postgres-backed job queue (graphile-worker, decision 0011). Modules `define` their tasks and `schedule` their
 * periodic work; jobs are added with `add` INSIDE the business transaction, so a job exists if and only if the change
 * that caused it committed. `start` runs a worker in this process (the API by default, or `src/worker.ts` alone).
 * Handlers must be idempotent: a job can run again after a crash between its work and its completion.
 */
export class JobQueue {
  private readonly tasks: TaskList = {};
  private readonly handlers = new Map<string, JobHandler<never>>();
  private readonly cron: ScheduledJob[] = [];
  private runner: Runner | null = null;
  /** start() was called and stop() was not: the runner is kept (re)started. */
  private wanted = false;
  private launching: Promise<Runner> | null = null;
  private restartTimer: NodeJS.Timeout | null = null;
  private restarts = 0;
  /** graphile-worker's pool, kept across runner restarts; ended by stop(). */
  private pool: Pool | null = null;
  private stopping: AbortController | null = null;
  private recovery: JobLockRecovery | null = null;

  constructor(
    /** The queue's database; jobs that work across workspaces open their transactions on it. */
    readonly dataSource: DataSource,
    private readonly options: {
      concurrency: number;
      pollIntervalMs?: number;
      /** Delay before restarting a failed runner: doubles per failed attempt up to maxMs (default 500 ms → 5 s). */
      restartBackoff?: { initialMs: number; maxMs: number };
      /** When the jobs of a killed worker are unlocked (job-lock-recovery.ts; default: 60 s without a heartbeat). */
      lockRecovery?: LockRecoveryOptions;
    },
  ) {}

  define<P>(task: string, handler: JobHandler<P>): void {
    if (this.handlers.has(task)) throw new Error(`job task "${task}" is defined twice`);
    this.handlers.set(task, handler as JobHandler<never>);
    this.tasks[task] = (payload, helpers) => handler((payload ?? {}) as P, helpers);
  }

  schedule(job: ScheduledJob): void {
    if (!this.handlers.has(job.task)) throw new Error(`schedule of unknown job task "${job.task}"`);
    this.cron.push(job);
  }

  /** Enqueues a job in the caller's transaction (pass the transaction's EntityManager). */
  async add(
    manager: EntityManager | DataSource,
    task: string,
    payload: Record<string, unknown>,
    opts: JobOptions = {},
  ): Promise<string> {
    if (!this.handlers.has(task)) throw new Error(`unknown job task "${task}"`);
    const rows: { id: string }[] = await manager.query(
      `SELECT (graphile_worker.add_job($1::text, $2::json, run_at => $3::timestamptz, max_attempts => $4::int, job_key => $5::text)).id::text AS id`,
      [task, JSON.stringify(payload), opts.runAt ?? null, opts.maxAttempts ?? null, opts.jobKey ?? null],
    );
    return rows[0].id;
  }

  /** Runs a task's handler right now in this process, outside the queue (tests, the CLI, "run now" buttons). */
  async runNow<P>(task: string, payload: P): Promise<void> {
    const handler = this.handlers.get(task) as JobHandler<P> | undefined;
    if (!handler) throw new Error(`unknown job task "${task}"`);
    await handler(payload, { logger: workerLogger, job: null } as unknown as JobHelpers);
  }

  get taskNames(): string[] {
    return [...this.handlers.keys()];
  }

  /** Whether this process works the queue (also while its runner is being restarted after a database outage). */
  get running(): boolean {
    return this.wanted;
  }

  /**
   * Starts the worker (and the cron schedules) in this process. The first start fails loudly; afterwards a database
   * outage is waited out: the cron waits for the database (worker-pool.ts), jobs are retried by graphile-worker, and
   * a runner that fails anyway is logged and restarted with backoff until the database answers again.
   */
  async start(): Promise<void> {
    if (this.wanted) return;
    this.wanted = true;
    this.stopping = new AbortController();
    this.pool = createWorkerPool({
      connectionString: connectionStringOf(this.dataSource),
      max: Math.max(10, this.options.concurrency + 2),
      signal: this.stopping.signal,
    });
    this.recovery = new JobLockRecovery(this.dataSource, this.options.lockRecovery ?? { staleMs: 60_000 });
    this.recovery.start();
    try {
      await this.launch();
    } catch (err) {
      await this.stop();
      throw err;
    }
    logger.info(
      { tasks: this.taskNames, schedules: this.cron.map((c) => `${c.task} ${c.match}`) },
      'job worker started',
    );
  }

  async stop(): Promise<void> {
    this.wanted = false;
    this.stopping?.abort();
    if (this.restartTimer) clearTimeout(this.restartTimer);
    this.restartTimer = null;
    await this.launching?.catch(() => undefined);
    const runner = this.runner;
    this.runner = null;
    if (runner) await runner.stop().catch((err: Error) => logger.warn({ err }, 'job worker: stop failed'));
    await this.recovery?.stop();
    this.recovery = null;
    const pool = this.pool;
    this.pool = null;
    // Not awaited (graphile-worker does the same with a pool of its own): after an outage its jobs listener may be
    // reconnecting with backoff and check a client out after shutdown, and end() waits for every client.
    void pool?.end().catch(() => undefined);
  }

  private async launch(): Promise<void> {
    const cron: CronItem[] = this.cron.map((j) => ({
      task: j.task,
      match: j.match,
      identifier: j.task,
      options: { backfillPeriod: j.backfillMs ?? 0, jobKey: `cron:${j.task}`, jobKeyMode: 'preserve_run_at' },
    }));
    if (!this.pool) throw new Error('the job queue is not started');
    const events = new EventEmitter() as WorkerEvents;
    this.recovery?.watch(events);
    this.launching = run({
      events,
      pgPool: this.pool,
      concurrency: this.options.concurrency,
      pollInterval: this.options.pollIntervalMs ?? 2000,
      noHandleSignals: true,
      logger: workerLogger,
      taskList: this.tasks,
      parsedCronItems: parseCronItems(cron),
    });
    let runner: Runner;
    try {
      runner = await this.launching;
    } finally {
      this.launching = null;
    }
    if (!this.wanted) {
      await runner.stop(); // stop() was called while this one was starting
      return;
    }
    this.runner = runner;
    // A rejected runner.promise with no handler would end the process (unhandled rejection).
    runner.promise.then(
      () => this.lost(runner),
      (err: unknown) => this.lost(runner, err),
    );
  }

  private lost(runner: Runner, err?: unknown): void {
    if (this.runner !== runner) return; // stopped on purpose, or already replaced
    this.runner = null;
    if (!this.wanted) return;
    logger.error({ err }, 'job worker stopped unexpectedly; restarting it');
    this.scheduleRestart();
  }

  private scheduleRestart(): void {
    const { initialMs, maxMs } = this.options.restartBackoff ?? { initialMs: 500, maxMs: 5_000 };
    const delay = Math.min(maxMs, initialMs * 2 ** this.restarts) * (0.75 + Math.random() * 0.5);
    this.restarts += 1;
    this.restartTimer = setTimeout(() => {
      this.restartTimer = null;
      this.launch().then(
        () => {
          if (!this.runner) return;
          logger.info({ attempts: this.restarts }, 'job worker restarted');
          this.restarts = 0;
        },
        (err: unknown) => {
          if (!this.wanted) return;
          logger.warn({ err: (err as Error)?.message, attempt: this.restarts }, 'job worker: restart failed');
          this.scheduleRestart();
        },
      );
    }, delay);
  }
}

export function connectionStringOf(dataSource: DataSource): string {
  const url = (dataSource.options as { url?: string }).url;
  if (!url) throw new Error('the job queue needs a DataSource created from a URL');
  return url;
}
