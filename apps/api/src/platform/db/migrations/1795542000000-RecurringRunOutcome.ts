import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A recurring run row is written for every period of a schedule, billed or not (decision 0011): INVOICED periods
 * point at their invoice; NOTHING_TO_BILL (an HOURS period without billable time) and SKIPPED (issue dates passed
 * while the schedule was paused) have none. The unique (schedule, periodStart) key then covers every outcome.
 * Deleting a recurring draft keeps its run (invoiceId becomes NULL): the period stays billed and is not re-created
 * an hour later.
 */
export class RecurringRunOutcome1795542000000 implements MigrationInterface {
  name = 'RecurringRunOutcome1795542000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "recurring_invoice_run" ALTER COLUMN "invoiceId" DROP NOT NULL`);
    await q.query(`ALTER TABLE "recurring_invoice_run" ADD "outcome" varchar NOT NULL DEFAULT 'INVOICED'`);
    await q.query(`ALTER TABLE "recurring_invoice_run" DROP CONSTRAINT "recurring_invoice_run_invoiceId_fkey"`);
    await q.query(
      `ALTER TABLE "recurring_invoice_run" ADD CONSTRAINT "recurring_invoice_run_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "invoice"("id") ON DELETE SET NULL`,
    );
    await q.query(`CREATE INDEX "IDX_recurring_invoice_run_workspace" ON "recurring_invoice_run" ("workspaceId")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_recurring_invoice_run_workspace"`);
    await q.query(`DELETE FROM "recurring_invoice_run" WHERE "invoiceId" IS NULL`);
    await q.query(`ALTER TABLE "recurring_invoice_run" DROP CONSTRAINT "recurring_invoice_run_invoiceId_fkey"`);
    await q.query(
      `ALTER TABLE "recurring_invoice_run" ADD CONSTRAINT "recurring_invoice_run_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "invoice"("id") ON DELETE CASCADE`,
    );
    await q.query(`ALTER TABLE "recurring_invoice_run" DROP COLUMN "outcome"`);
    await q.query(`ALTER TABLE "recurring_invoice_run" ALTER COLUMN "invoiceId" SET NOT NULL`);
  }
}
