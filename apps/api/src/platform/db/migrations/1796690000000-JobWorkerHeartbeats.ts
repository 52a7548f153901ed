import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The job queue's heartbeats: every live graphile-worker worker (in an API process or a standalone worker) writes
 * `seenAt` every few seconds, so a job locked by a worker that stopped beating (its process was killed) is unlocked
 * within a minute or two instead of graphile-worker's four hours (job-lock-recovery.ts).
 */
export class JobWorkerHeartbeats1796690000000 implements MigrationInterface {
  name = 'JobWorkerHeartbeats1796690000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "job_worker_heartbeat" (
      "workerId" text NOT NULL PRIMARY KEY,
      "process" text NOT NULL,
      "seenAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now())`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "job_worker_heartbeat"`);
  }
}
