import {
  Logger as WorkerLogger,
  run,
  runMigrations,
  type CronItem,
  type JobHelpers,
  type Runner,
  type TaskList,
} from 'graphile-worker';
import type { DataSource, EntityManager } from 'typeorm';
import { logger } from '../logger/logger';

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

  constructor(
    /** The queue's database; jobs that work across workspaces open their transactions on it. */
    readonly dataSource: DataSource,
    private readonly options: { concurrency: number; pollIntervalMs?: number },
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

  get running(): boolean {
    return this.runner !== null;
  }

  async start(): Promise<void> {
    if (this.runner) return;
    const cron: CronItem[] = this.cron.map((j) => ({
      task: j.task,
      match: j.match,
      identifier: j.task,
      options: { backfillPeriod: j.backfillMs ?? 0, jobKey: `cron:${j.task}`, jobKeyMode: 'preserve_run_at' },
    }));
    this.runner = await run({
      connectionString: connectionStringOf(this.dataSource),
      concurrency: this.options.concurrency,
      pollInterval: this.options.pollIntervalMs ?? 2000,
      noHandleSignals: true,
      logger: workerLogger,
      taskList: this.tasks,
      parsedCronItems: (await import('graphile-worker')).parseCronItems(cron),
    });
    logger.info(
      { tasks: this.taskNames, schedules: this.cron.map((c) => `${c.task} ${c.match}`) },
      'job worker started',
    );
  }

  async stop(): Promise<void> {
    const runner = this.runner;
    this.runner = null;
    if (runner) await runner.stop();
  }
}

export function connectionStringOf(dataSource: DataSource): string {
  const url = (dataSource.options as { url?: string }).url;
  if (!url) throw new Error('the job queue needs a DataSource created from a URL');
  return url;
}
