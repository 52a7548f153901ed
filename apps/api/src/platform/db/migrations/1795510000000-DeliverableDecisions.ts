import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Every version's approval outcome of a deliverable, and the deliverable version a file belongs to. */
export class DeliverableDecisions1795510000000 implements MigrationInterface {
  name = 'DeliverableDecisions1795510000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "deliverable_decision" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "workspaceId" uuid NOT NULL,
      "deliverableId" uuid NOT NULL REFERENCES "deliverable"("id") ON DELETE CASCADE,
      "clientId" uuid REFERENCES "client"("id") ON DELETE SET NULL,
      "version" integer NOT NULL,
      "status" character varying NOT NULL,
      "decidedByUserId" uuid,
      "decidedByContactId" uuid,
      "comment" text,
      "decidedAt" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "PK_deliverable_decision" PRIMARY KEY ("id"),
      CONSTRAINT "deliverable_decision_once_per_version" UNIQUE ("deliverableId", "version"),
      CONSTRAINT "deliverable_decision_one_author" CHECK (("decidedByUserId" IS NULL) <> ("decidedByContactId" IS NULL)))`);
    await q.query(`CREATE INDEX "IDX_deliverable_decision_workspace" ON "deliverable_decision" ("workspaceId")`);
    await q.query(
      `CREATE INDEX "deliverable_decision_by_deliverable" ON "deliverable_decision" ("workspaceId", "deliverableId", "version")`,
    );
    await q.query(`ALTER TABLE "document" ADD "deliverableVersion" integer`);
    await q.query(
      `CREATE INDEX "document_by_deliverable" ON "document" ("workspaceId", "deliverableId", "deliverableVersion") WHERE "deliverableId" IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "document_by_deliverable"`);
    await q.query(`ALTER TABLE "document" DROP COLUMN "deliverableVersion"`);
    await q.query(`DROP TABLE "deliverable_decision"`);
  }
}
