import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Workspace lifecycle: the logo's version (cache-busting URLs), the deletion mark (every member's and portal
 * contact's access ends at once; a background job removes the data) and the previous slugs, kept so old portal
 * URLs still find the workspace and no other workspace can take them.
 */
export class WorkspaceLifecycle1796664000000 implements MigrationInterface {
  name = 'WorkspaceLifecycle1796664000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "workspace" ADD "logoUpdatedAt" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "workspace" ADD "deletionRequestedAt" TIMESTAMP WITH TIME ZONE`);
    await q.query(`CREATE TABLE "workspace_slug_history" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
      "workspaceId" uuid NOT NULL REFERENCES "workspace"("id") ON DELETE CASCADE,
      "slug" character varying(48) NOT NULL,
      "changedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "UQ_workspace_slug_history_slug" UNIQUE ("slug"))`);
    await q.query(`CREATE INDEX "IDX_workspace_slug_history_workspace" ON "workspace_slug_history" ("workspaceId")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "workspace_slug_history"`);
    await q.query(`ALTER TABLE "workspace" DROP COLUMN "deletionRequestedAt"`);
    await q.query(`ALTER TABLE "workspace" DROP COLUMN "logoUpdatedAt"`);
  }
}
