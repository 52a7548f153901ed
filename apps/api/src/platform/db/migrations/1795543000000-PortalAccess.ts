import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Per-client portal URL key (backfilled with a random value per row; unique per workspace), invitation tokens
 * beside sign-in tokens (`kind`), and when a contact was last invited.
 */
export class PortalAccess1795543000000 implements MigrationInterface {
  name = 'PortalAccess1795543000000';

  async up(q: QueryRunner): Promise<void> {
    // A volatile default is evaluated per existing row, so every client gets its own key.
    await q.query(
      `ALTER TABLE "client" ADD "portalKey" varchar(24) NOT NULL DEFAULT substr(md5(gen_random_uuid()::text), 1, 16)`,
    );
    await q.query(`CREATE UNIQUE INDEX "client_portal_key" ON "client" ("workspaceId", "portalKey")`);
    await q.query(`ALTER TABLE "magic_link_token" ADD "kind" varchar(16) NOT NULL DEFAULT 'SIGN_IN'`);
    await q.query(`ALTER TABLE "contact" ADD "portalInvitedAt" TIMESTAMP WITH TIME ZONE`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "contact" DROP COLUMN "portalInvitedAt"`);
    await q.query(`ALTER TABLE "magic_link_token" DROP COLUMN "kind"`);
    await q.query(`DROP INDEX "client_portal_key"`);
    await q.query(`ALTER TABLE "client" DROP COLUMN "portalKey"`);
  }
}
