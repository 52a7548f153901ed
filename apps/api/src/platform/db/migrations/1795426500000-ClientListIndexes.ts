import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Ordered indexes for every list sort (with the id tie-break), over the rows the default list shows. */
export class ClientListIndexes1795426500000 implements MigrationInterface {
  name = 'ClientListIndexes1795426500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const where = `WHERE "deletedAt" IS NULL AND "archivedAt" IS NULL`;
    await queryRunner.query(`CREATE INDEX "client_list_name" ON "client" ("workspaceId", "name", "id") ${where}`);
    await queryRunner.query(
      `CREATE INDEX "client_list_created" ON "client" ("workspaceId", "createdAt", "id") ${where}`,
    );
    await queryRunner.query(
      `CREATE INDEX "client_list_value" ON "client" ("workspaceId", "totalValue", "id") ${where}`,
    );
    await queryRunner.query(
      `CREATE INDEX "client_list_activity" ON "client" ("workspaceId", "lastActivityAt", "id") ${where}`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const name of ['client_list_name', 'client_list_created', 'client_list_value', 'client_list_activity']) {
      await queryRunner.query(`DROP INDEX IF EXISTS "${name}"`);
    }
  }
}
