import type { MigrationInterface, QueryRunner } from 'typeorm';

/** NPS feedback: one row per request, answered once by a contact of the client. */
export class Feedback1795544000000 implements MigrationInterface {
  name = 'Feedback1795544000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "feedback_request" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
      "workspaceId" uuid NOT NULL REFERENCES "workspace"("id") ON DELETE CASCADE,
      "clientId" uuid NOT NULL REFERENCES "client"("id") ON DELETE CASCADE,
      "projectId" uuid REFERENCES "project"("id") ON DELETE SET NULL,
      "requestedByUserId" uuid REFERENCES "app_user"("id") ON DELETE SET NULL,
      "requestedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "answeredAt" TIMESTAMP WITH TIME ZONE,
      "answeredByContactId" uuid REFERENCES "contact"("id") ON DELETE SET NULL,
      "score" smallint CHECK ("score" BETWEEN 0 AND 10),
      "comment" text,
      "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "feedback_answer_complete" CHECK (("answeredAt" IS NULL) = ("score" IS NULL)))`);
    await q.query(`CREATE INDEX "IDX_feedback_request_workspace" ON "feedback_request" ("workspaceId")`);
    await q.query(`CREATE INDEX "feedback_by_client" ON "feedback_request" ("workspaceId", "clientId", "requestedAt")`);
    // At most one open request per client and project (NULL project = a general request).
    await q.query(`CREATE UNIQUE INDEX "feedback_one_open" ON "feedback_request" ("clientId", COALESCE("projectId", '00000000-0000-0000-0000-000000000000'::uuid))
      WHERE "answeredAt" IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "feedback_request"`);
  }
}
