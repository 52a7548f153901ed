import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Trigram search over folded text; `cf_fold` is IMMUTABLE so it can back expression indexes. */
export class Extensions1795400000000 implements MigrationInterface {
  name = 'Extensions1795400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await queryRunner.query(
      `CREATE OR REPLACE FUNCTION cf_fold(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION IF EXISTS cf_fold(text)`);
  }
}
