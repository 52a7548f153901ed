import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Time tracking: a per-membership cost rate (default for new entries), one running timer per user and workspace,
 * and the indexes the client metrics, the dashboard and the timesheet read through.
 */
export class TimeTracking1795520000000 implements MigrationInterface {
  name = 'TimeTracking1795520000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "membership" ADD "costRate" bigint NOT NULL DEFAULT 0 CHECK ("costRate" >= 0)`);
    await q.query(`CREATE TABLE "running_timer" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "workspaceId" uuid NOT NULL REFERENCES "workspace"("id") ON DELETE CASCADE,
      "userId" uuid NOT NULL REFERENCES "app_user"("id") ON DELETE CASCADE,
      "projectId" uuid NOT NULL REFERENCES "project"("id") ON DELETE CASCADE,
      "clientId" uuid REFERENCES "client"("id") ON DELETE SET NULL,
      "taskId" uuid REFERENCES "task"("id") ON DELETE SET NULL,
      "description" text,
      "startedAt" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "PK_running_timer" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_running_timer_workspace" ON "running_timer" ("workspaceId")`);
    await q.query(`CREATE UNIQUE INDEX "running_timer_one_per_user" ON "running_timer" ("workspaceId", "userId")`);
    await q.query(`CREATE INDEX "time_entry_by_client" ON "time_entry" ("workspaceId", "clientId")`);
    await q.query(`CREATE INDEX "deliverable_due" ON "deliverable" ("workspaceId", "dueDate")`);
    await q.query(
      `CREATE INDEX "timeline_event_recent" ON "timeline_event" ("workspaceId", "occurredAt" DESC, "id" DESC)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "timeline_event_recent"`);
    await q.query(`DROP INDEX "deliverable_due"`);
    await q.query(`DROP INDEX "time_entry_by_client"`);
    await q.query(`DROP TABLE "running_timer"`);
    await q.query(`ALTER TABLE "membership" DROP COLUMN "costRate"`);
  }
}
