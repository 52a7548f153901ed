import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Online payments from the portal: one row per checkout (what was charged for which invoices, with which
 * provider), and one row per provider event id, so a webhook delivered twice is processed once.
 */
export class PortalPayments1795545000000 implements MigrationInterface {
  name = 'PortalPayments1795545000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "checkout_session" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
      "workspaceId" uuid NOT NULL REFERENCES "workspace"("id") ON DELETE CASCADE,
      "clientId" uuid NOT NULL REFERENCES "client"("id") ON DELETE CASCADE,
      "contactId" uuid REFERENCES "contact"("id") ON DELETE SET NULL,
      "provider" varchar NOT NULL,
      "providerSessionId" varchar,
      "status" varchar NOT NULL DEFAULT 'OPEN',
      "currency" char(3) NOT NULL,
      "amount" bigint NOT NULL CHECK ("amount" > 0),
      "items" jsonb NOT NULL,
      "paymentIntentId" varchar,
      "completedAt" TIMESTAMP WITH TIME ZONE,
      "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now())`);
    await q.query(
      `CREATE UNIQUE INDEX "checkout_session_provider_id" ON "checkout_session" ("provider", "providerSessionId")`,
    );
    await q.query(
      `CREATE INDEX "checkout_session_by_client" ON "checkout_session" ("workspaceId", "clientId", "createdAt")`,
    );
    await q.query(`CREATE TABLE "payment_provider_event" (
      "id" varchar NOT NULL PRIMARY KEY,
      "provider" varchar NOT NULL,
      "type" varchar NOT NULL,
      "workspaceId" uuid REFERENCES "workspace"("id") ON DELETE SET NULL,
      "checkoutSessionId" uuid REFERENCES "checkout_session"("id") ON DELETE SET NULL,
      "outcome" varchar NOT NULL,
      "receivedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now())`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "payment_provider_event"`);
    await q.query(`DROP TABLE "checkout_session"`);
  }
}
