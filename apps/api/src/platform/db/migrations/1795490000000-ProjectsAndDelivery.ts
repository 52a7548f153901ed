import type { MigrationInterface, QueryRunner } from 'typeorm';

const BASE = `"id" uuid NOT NULL DEFAULT gen_random_uuid(),
  "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  "workspaceId" uuid NOT NULL`;

/** Projects, tasks, milestones, deliverables, comments and time entries; timeline events and documents may point at a project. */
export class ProjectsAndDelivery1795490000000 implements MigrationInterface {
  name = 'ProjectsAndDelivery1795490000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "project" (${BASE},
      "clientId" uuid REFERENCES "client"("id") ON DELETE SET NULL,
      "name" character varying NOT NULL,
      "description" text,
      "status" character varying NOT NULL DEFAULT 'ACTIVE',
      "type" character varying NOT NULL DEFAULT 'OTHER',
      "startDate" date,
      "estimatedEndDate" date,
      "completedAt" TIMESTAMP WITH TIME ZONE,
      "value" bigint NOT NULL DEFAULT 0,
      "billingMode" character varying NOT NULL DEFAULT 'FIXED',
      "hourlyRate" bigint,
      "budgetMinutes" integer,
      "progressOverride" smallint,
      CONSTRAINT "PK_project" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_project_workspace" ON "project" ("workspaceId")`);
    await q.query(`CREATE INDEX "project_by_client" ON "project" ("workspaceId", "clientId")`);
    await q.query(`CREATE INDEX "project_by_status" ON "project" ("workspaceId", "status", "estimatedEndDate")`);

    await q.query(`CREATE TABLE "task" (${BASE},
      "projectId" uuid NOT NULL REFERENCES "project"("id") ON DELETE CASCADE,
      "clientId" uuid REFERENCES "client"("id") ON DELETE SET NULL,
      "title" character varying NOT NULL,
      "description" text,
      "status" character varying NOT NULL DEFAULT 'TODO',
      "assigneeId" uuid,
      "dueDate" date,
      "clientVisible" boolean NOT NULL DEFAULT false,
      "position" integer NOT NULL DEFAULT 0,
      "completedAt" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "PK_task" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_task_workspace" ON "task" ("workspaceId")`);
    await q.query(`CREATE INDEX "task_by_project" ON "task" ("workspaceId", "projectId", "position")`);

    await q.query(`CREATE TABLE "milestone" (${BASE},
      "projectId" uuid NOT NULL REFERENCES "project"("id") ON DELETE CASCADE,
      "clientId" uuid REFERENCES "client"("id") ON DELETE SET NULL,
      "name" character varying NOT NULL,
      "dueDate" date,
      "done" boolean NOT NULL DEFAULT false,
      "doneAt" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "PK_milestone" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_milestone_workspace" ON "milestone" ("workspaceId")`);
    await q.query(`CREATE INDEX "milestone_by_project" ON "milestone" ("workspaceId", "projectId", "dueDate")`);

    await q.query(`CREATE TABLE "deliverable" (${BASE},
      "projectId" uuid NOT NULL REFERENCES "project"("id") ON DELETE CASCADE,
      "clientId" uuid REFERENCES "client"("id") ON DELETE SET NULL,
      "title" character varying NOT NULL,
      "description" text,
      "status" character varying NOT NULL DEFAULT 'PENDING_APPROVAL',
      "version" integer NOT NULL DEFAULT 1,
      "dueDate" date,
      "decidedAt" TIMESTAMP WITH TIME ZONE,
      "decidedByUserId" uuid,
      "decidedByContactId" uuid,
      "decisionComment" text,
      CONSTRAINT "PK_deliverable" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_deliverable_workspace" ON "deliverable" ("workspaceId")`);
    await q.query(`CREATE INDEX "deliverable_by_project" ON "deliverable" ("workspaceId", "projectId")`);
    await q.query(`CREATE INDEX "deliverable_by_status" ON "deliverable" ("workspaceId", "status", "dueDate")`);

    await q.query(`CREATE TABLE "comment" (${BASE},
      "targetType" character varying NOT NULL,
      "taskId" uuid REFERENCES "task"("id") ON DELETE CASCADE,
      "deliverableId" uuid REFERENCES "deliverable"("id") ON DELETE CASCADE,
      "projectId" uuid NOT NULL REFERENCES "project"("id") ON DELETE CASCADE,
      "clientId" uuid REFERENCES "client"("id") ON DELETE SET NULL,
      "body" text NOT NULL,
      "internal" boolean NOT NULL DEFAULT true,
      "authorUserId" uuid,
      "authorContactId" uuid,
      CONSTRAINT "PK_comment" PRIMARY KEY ("id"),
      CONSTRAINT "comment_one_target" CHECK (("taskId" IS NULL) <> ("deliverableId" IS NULL)))`);
    await q.query(`CREATE INDEX "IDX_comment_workspace" ON "comment" ("workspaceId")`);
    await q.query(`CREATE INDEX "comment_by_task" ON "comment" ("workspaceId", "taskId", "createdAt")`);
    await q.query(`CREATE INDEX "comment_by_deliverable" ON "comment" ("workspaceId", "deliverableId", "createdAt")`);

    await q.query(`CREATE TABLE "time_entry" (${BASE},
      "userId" uuid NOT NULL,
      "projectId" uuid NOT NULL REFERENCES "project"("id") ON DELETE CASCADE,
      "clientId" uuid REFERENCES "client"("id") ON DELETE SET NULL,
      "taskId" uuid REFERENCES "task"("id") ON DELETE SET NULL,
      "date" date NOT NULL,
      "minutes" integer NOT NULL CHECK ("minutes" > 0),
      "billable" boolean NOT NULL DEFAULT true,
      "billRate" bigint NOT NULL DEFAULT 0,
      "costRate" bigint NOT NULL DEFAULT 0,
      "description" text,
      "invoiceLineId" uuid,
      CONSTRAINT "PK_time_entry" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_time_entry_workspace" ON "time_entry" ("workspaceId")`);
    await q.query(`CREATE INDEX "time_entry_by_project" ON "time_entry" ("workspaceId", "projectId", "date")`);
    await q.query(`CREATE INDEX "time_entry_by_user" ON "time_entry" ("workspaceId", "userId", "date")`);

    // Until now project ids were not checked against a table: drop any that point nowhere before adding the FKs.
    await q.query(`UPDATE "timeline_event" SET "projectId" = NULL WHERE "projectId" IS NOT NULL`);
    await q.query(
      `ALTER TABLE "timeline_event" ADD CONSTRAINT "FK_timeline_event_project" FOREIGN KEY ("projectId") REFERENCES "project"("id") ON DELETE SET NULL`,
    );
    await q.query(`ALTER TABLE "document" ADD "deliverableId" uuid REFERENCES "deliverable"("id") ON DELETE SET NULL`);
    await q.query(`UPDATE "document" SET "projectId" = NULL WHERE "projectId" IS NOT NULL`);
    await q.query(
      `ALTER TABLE "document" ADD CONSTRAINT "FK_document_project" FOREIGN KEY ("projectId") REFERENCES "project"("id") ON DELETE SET NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "document" DROP CONSTRAINT "FK_document_project"`);
    await q.query(`ALTER TABLE "document" DROP COLUMN "deliverableId"`);
    await q.query(`ALTER TABLE "timeline_event" DROP CONSTRAINT "FK_timeline_event_project"`);
    for (const t of ['time_entry', 'comment', 'deliverable', 'milestone', 'task', 'project'])
      await q.query(`DROP TABLE "${t}"`);
  }
}
