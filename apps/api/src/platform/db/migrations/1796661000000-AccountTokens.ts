import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts: email verification and password-reset links (only the sha256 of the 32-byte token is stored; single use
 * through `usedAt`), and the time a user proved their email. Accounts that existed before sign-up was possible were
 * made by the seed or by hand and count as verified.
 */
export class AccountTokens1796661000000 implements MigrationInterface {
  name = 'AccountTokens1796661000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "app_user" ADD "emailVerifiedAt" TIMESTAMP WITH TIME ZONE`);
    await q.query(`UPDATE "app_user" SET "emailVerifiedAt" = "createdAt"`);
    await q.query(`CREATE TABLE "account_token" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
      "userId" uuid NOT NULL REFERENCES "app_user"("id") ON DELETE CASCADE,
      "kind" character varying(16) NOT NULL,
      "tokenHash" character varying(64) NOT NULL,
      "email" character varying NOT NULL,
      "expiresAt" TIMESTAMP WITH TIME ZONE NOT NULL,
      "usedAt" TIMESTAMP WITH TIME ZONE,
      "requestedIp" character varying(64) NOT NULL,
      "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now())`);
    await q.query(`CREATE UNIQUE INDEX "account_token_hash" ON "account_token" ("tokenHash")`);
    await q.query(`CREATE INDEX "account_token_user" ON "account_token" ("userId", "kind")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "account_token"`);
    await q.query(`ALTER TABLE "app_user" DROP COLUMN "emailVerifiedAt"`);
  }
}
