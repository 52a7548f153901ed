import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Finding clients: saved views per user, filter indexes (measured in docs/benchmarks.md), offline geocoding
 * bookkeeping, and search text that also holds the tax id without punctuation.
 */
export class ClientFinding1795470000000 implements MigrationInterface {
  name = 'ClientFinding1795470000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "saved_view" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "workspaceId" uuid NOT NULL,
      "userId" uuid NOT NULL,
      "name" character varying NOT NULL,
      "filters" jsonb NOT NULL DEFAULT '{}',
      "sort" jsonb NOT NULL DEFAULT '{}',
      "viewMode" character varying NOT NULL DEFAULT 'TABLE',
      CONSTRAINT "PK_saved_view" PRIMARY KEY ("id"),
      CONSTRAINT "FK_saved_view_workspace" FOREIGN KEY ("workspaceId") REFERENCES "workspace"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_saved_view_user" FOREIGN KEY ("userId") REFERENCES "app_user"("id") ON DELETE CASCADE
    )`);
    await q.query(`CREATE INDEX "IDX_saved_view_workspace" ON "saved_view" ("workspaceId")`);
    await q.query(
      `CREATE UNIQUE INDEX "saved_view_name_per_user" ON "saved_view" ("workspaceId", "userId", lower("name"))`,
    );

    // Filters: tags (any of) and custom field values (@>) through GIN; account manager / industry / size btree.
    await q.query(`CREATE INDEX "client_tags_gin" ON "client" USING gin ("tags")`);
    await q.query(`CREATE INDEX "client_custom_fields_gin" ON "client" USING gin ("customFields" jsonb_path_ops)`);
    await q.query(
      `CREATE INDEX "client_account_manager" ON "client" ("workspaceId", "accountManagerId") WHERE "deletedAt" IS NULL`,
    );
    await q.query(`CREATE INDEX "client_industry" ON "client" ("workspaceId", "industry") WHERE "deletedAt" IS NULL`);

    // Offline geocoding: an attempt is remembered (found or not) until the address changes.
    await q.query(`ALTER TABLE "client" ADD "geocodedAt" TIMESTAMP WITH TIME ZONE`);
    await q.query(`CREATE OR REPLACE FUNCTION cf_client_reset_geocode() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF (NEW.city IS DISTINCT FROM OLD.city OR NEW.country IS DISTINCT FROM OLD.country)
           AND NEW.latitude IS NOT DISTINCT FROM OLD.latitude AND NEW.longitude IS NOT DISTINCT FROM OLD.longitude THEN
          NEW.latitude := NULL; NEW.longitude := NULL; NEW."geocodedAt" := NULL;
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER "client_reset_geocode" BEFORE UPDATE OF city, country ON "client"
      FOR EACH ROW EXECUTE FUNCTION cf_client_reset_geocode()`);

    // Search text gains the tax id without punctuation, so "12.345.678/0001-90" and "12345678000190" both match.
    await q.query(`UPDATE client c SET "searchText" = cf_fold(concat_ws(' ', c.name, c."legalName", c.email, c."taxId",
       regexp_replace(c."taxId", '[^[:alnum:]]', '', 'g'),
       (SELECT string_agg(concat_ws(' ', ct.name, ct.email), ' ') FROM contact ct WHERE ct."clientId" = c.id)))
     WHERE c."taxId" IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS "client_reset_geocode" ON "client"`);
    await q.query(`DROP FUNCTION IF EXISTS cf_client_reset_geocode()`);
    await q.query(`ALTER TABLE "client" DROP COLUMN "geocodedAt"`);
    for (const name of ['client_tags_gin', 'client_custom_fields_gin', 'client_account_manager', 'client_industry']) {
      await q.query(`DROP INDEX IF EXISTS "${name}"`);
    }
    await q.query(`DROP TABLE "saved_view"`);
  }
}
