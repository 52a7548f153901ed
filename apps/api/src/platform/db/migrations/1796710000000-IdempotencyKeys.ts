import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Idempotency keys (decision 24): one row per workspace, viewer (user or portal contact) and key, written in the
 * transaction of the mutation's effect; the unique index is what makes a concurrent retry wait for the first.
 */
export class IdempotencyKeys1796710000000 implements MigrationInterface {
  name = 'IdempotencyKeys1796710000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "idempotency_key" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
      "workspaceId" uuid NOT NULL REFERENCES "workspace"("id") ON DELETE CASCADE,
      "viewerKind" character varying(8) NOT NULL,
      "viewerId" uuid NOT NULL,
      "key" character varying(255) NOT NULL,
      "operation" character varying(64) NOT NULL,
      "requestHash" character(64) NOT NULL,
      "response" jsonb,
      "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now())`);
    await q.query(
      `CREATE UNIQUE INDEX "UQ_idempotency_key_scope" ON "idempotency_key" ("workspaceId", "viewerKind", "viewerId", "key")`,
    );
    await q.query(`CREATE INDEX "IDX_idempotency_key_created" ON "idempotency_key" ("createdAt")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "idempotency_key"`);
  }
}
