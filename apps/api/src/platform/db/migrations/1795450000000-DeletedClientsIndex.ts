import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The deleted-clients bin lists a workspace's soft-deleted clients, newest first; live lists never touch these rows. */
export class DeletedClientsIndex1795450000000 implements MigrationInterface {
  name = 'DeletedClientsIndex1795450000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX "client_deleted_bin" ON "client" ("workspaceId", "deletedAt" DESC, "id") WHERE "deletedAt" IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "client_deleted_bin"`);
  }
}
