import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two-factor authentication (TOTP): one row per user holding the AES-256-GCM encrypted secret (pending until the
 * first code confirms it, `enabledAt` then set) and the last accepted time step (a replayed code is refused);
 * recovery codes stored as sha256 only, each usable once; and the workspace's "everyone must use two-factor" rule.
 */
export class TwoFactor1796663000000 implements MigrationInterface {
  name = 'TwoFactor1796663000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "user_two_factor" (
      "userId" uuid NOT NULL PRIMARY KEY REFERENCES "app_user"("id") ON DELETE CASCADE,
      "secret" character varying(200) NOT NULL,
      "enabledAt" TIMESTAMP WITH TIME ZONE,
      "lastUsedStep" bigint,
      "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now())`);
    await q.query(`CREATE TABLE "two_factor_recovery_code" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
      "userId" uuid NOT NULL REFERENCES "app_user"("id") ON DELETE CASCADE,
      "codeHash" character(64) NOT NULL,
      "usedAt" TIMESTAMP WITH TIME ZONE,
      "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now())`);
    await q.query(
      `CREATE UNIQUE INDEX "two_factor_recovery_code_hash" ON "two_factor_recovery_code" ("userId", "codeHash")`,
    );
    await q.query(`ALTER TABLE "workspace" ADD "requireTwoFactor" boolean NOT NULL DEFAULT false`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "workspace" DROP COLUMN "requireTwoFactor"`);
    await q.query(`DROP TABLE "two_factor_recovery_code"`);
    await q.query(`DROP TABLE "user_two_factor"`);
  }
}
