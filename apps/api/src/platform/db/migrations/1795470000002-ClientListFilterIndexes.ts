import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Measured at 100k clients (docs/benchmarks.md): "last activity, newest first" sorts NULLS LAST, which the ascending
 * index cannot serve backwards (it was a full sort); "has projects" (+ status) was a sequential scan.
 */
export class ClientListFilterIndexes1795470000002 implements MigrationInterface {
  name = 'ClientListFilterIndexes1795470000002';

  async up(q: QueryRunner): Promise<void> {
    const listed = `"deletedAt" IS NULL AND "archivedAt" IS NULL`;
    await q.query(
      `CREATE INDEX "client_list_activity_desc" ON "client" ("workspaceId", "lastActivityAt" DESC NULLS LAST, "id" DESC) WHERE ${listed}`,
    );
    await q.query(
      `CREATE INDEX "client_list_with_projects" ON "client" ("workspaceId", "status", "name", "id") WHERE ${listed} AND "activeProjectCount" > 0`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS "client_list_activity_desc"`);
    await q.query(`DROP INDEX IF EXISTS "client_list_with_projects"`);
  }
}
