import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The client timeline feed, client logos and the active-project counter the list shows. */
export class TimelineAndClientLogo1795440000000 implements MigrationInterface {
  name = 'TimelineAndClientLogo1795440000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "client" ADD "logo" bytea, ADD "logoContentType" character varying,
      ADD "logoUpdatedAt" TIMESTAMP WITH TIME ZONE, ADD "activeProjectCount" integer NOT NULL DEFAULT 0`);
    await q.query(`CREATE TABLE "timeline_event" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "workspaceId" uuid NOT NULL,
      "clientId" uuid NOT NULL,
      "projectId" uuid,
      "type" character varying NOT NULL,
      "occurredAt" TIMESTAMP WITH TIME ZONE NOT NULL,
      "summary" character varying NOT NULL,
      "body" text,
      "authorUserId" uuid,
      "authorContactId" uuid,
      "portalVisible" boolean NOT NULL DEFAULT false,
      "metadata" jsonb NOT NULL DEFAULT '{}',
      CONSTRAINT "PK_timeline_event" PRIMARY KEY ("id"),
      CONSTRAINT "FK_timeline_event_client" FOREIGN KEY ("clientId") REFERENCES "client"("id") ON DELETE CASCADE
    )`);
    await q.query(`CREATE INDEX "IDX_timeline_event_workspace" ON "timeline_event" ("workspaceId")`);
    await q.query(
      `CREATE INDEX "timeline_event_feed" ON "timeline_event" ("workspaceId", "clientId", "occurredAt", "id")`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "timeline_event"`);
    await q.query(
      `ALTER TABLE "client" DROP "logo", DROP "logoContentType", DROP "logoUpdatedAt", DROP "activeProjectCount"`,
    );
  }
}
