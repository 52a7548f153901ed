import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Payments that settle later: the money in flight on each invoice, when a checkout was last asked about at the
 * provider (reconciliation), money received that no invoice could take (flagged for refund), and the local
 * stand-in provider's own record of its sessions (what `checkout.sessions.retrieve` answers).
 */
export class PaymentsSettleLater1796700000000 implements MigrationInterface {
  name = 'PaymentsSettleLater1796700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE "invoice" ADD "amountSettling" bigint NOT NULL DEFAULT 0 CONSTRAINT "invoice_settling_positive" CHECK ("amountSettling" >= 0)`,
    );
    await q.query(`ALTER TABLE "checkout_session" ADD "settlingSince" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "checkout_session" ADD "checkedAt" TIMESTAMP WITH TIME ZONE`);
    await q.query(
      `CREATE INDEX "checkout_session_unsettled" ON "checkout_session" ("createdAt") WHERE "status" IN ('OPEN', 'SETTLING')`,
    );
    await q.query(`CREATE TABLE "unapplied_payment" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
      "workspaceId" uuid NOT NULL REFERENCES "workspace"("id") ON DELETE CASCADE,
      "clientId" uuid NOT NULL REFERENCES "client"("id") ON DELETE CASCADE,
      "checkoutSessionId" uuid REFERENCES "checkout_session"("id") ON DELETE SET NULL,
      "invoiceIds" uuid[] NOT NULL DEFAULT '{}',
      "amount" bigint NOT NULL CHECK ("amount" > 0),
      "currency" char(3) NOT NULL,
      "reason" varchar NOT NULL,
      "status" varchar NOT NULL DEFAULT 'REFUND_DUE',
      "providerPaymentId" varchar NOT NULL,
      "providerEventId" varchar,
      "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "unapplied_payment_once" UNIQUE ("providerPaymentId"))`);
    await q.query(
      `CREATE INDEX "unapplied_payment_by_client" ON "unapplied_payment" ("workspaceId", "clientId", "createdAt")`,
    );
    await q.query(`CREATE TABLE "local_provider_session" (
      "id" varchar NOT NULL PRIMARY KEY,
      "status" varchar NOT NULL DEFAULT 'open',
      "paymentStatus" varchar NOT NULL DEFAULT 'unpaid',
      "paymentIntentId" varchar,
      "paymentIntentStatus" varchar,
      "amountTotal" bigint NOT NULL,
      "currency" varchar NOT NULL,
      "metadata" jsonb NOT NULL,
      "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now())`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "local_provider_session"`);
    await q.query(`DROP TABLE "unapplied_payment"`);
    await q.query(`DROP INDEX "checkout_session_unsettled"`);
    await q.query(`ALTER TABLE "checkout_session" DROP COLUMN "checkedAt"`);
    await q.query(`ALTER TABLE "checkout_session" DROP COLUMN "settlingSince"`);
    await q.query(`ALTER TABLE "invoice" DROP COLUMN "amountSettling"`);
  }
}
