import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Contacts by client alone: the search-text refresh (`WHERE ct."clientId" = c.id`) and cascades look contacts up
 * without the workspace; at 100k clients / 300k contacts that was a sequential scan per client.
 */
export class ContactClientIndex1795470000001 implements MigrationInterface {
  name = 'ContactClientIndex1795470000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX IF NOT EXISTS "contact_client" ON "contact" ("clientId")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS "contact_client"`);
  }
}
