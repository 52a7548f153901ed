import type { MigrationInterface, QueryRunner } from 'typeorm';

const TS = 'TIMESTAMP WITH TIME ZONE';
const base = `"id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "createdAt" ${TS} NOT NULL DEFAULT now(),
      "updatedAt" ${TS} NOT NULL DEFAULT now(),
      "workspaceId" uuid NOT NULL REFERENCES "workspace"("id") ON DELETE CASCADE`;
const money = (name: string) => `"${name}" bigint NOT NULL DEFAULT 0 CHECK ("${name}" >= 0)`;
const lineColumns = `"clientId" uuid NOT NULL REFERENCES "client"("id") ON DELETE CASCADE,
      "position" int NOT NULL,
      "description" text NOT NULL,
      "quantity" numeric(14,3) NOT NULL CHECK ("quantity" > 0),
      "unitPrice" bigint NOT NULL CHECK ("unitPrice" >= 0),
      "taxRate" int NOT NULL DEFAULT 0 CHECK ("taxRate" BETWEEN 0 AND 10000),
      "discount" int NOT NULL DEFAULT 0 CHECK ("discount" BETWEEN 0 AND 10000),
      "source" varchar NOT NULL DEFAULT 'AD_HOC',
      "projectId" uuid REFERENCES "project"("id") ON DELETE SET NULL,
      ${money('gross')}, ${money('discountAmount')}, ${money('net')}`;
const documentColumns = `"clientId" uuid NOT NULL REFERENCES "client"("id") ON DELETE CASCADE,
      "projectId" uuid REFERENCES "project"("id") ON DELETE SET NULL,
      "number" varchar,
      "sequence" int,
      "issueDate" date,
      "currency" char(3) NOT NULL,
      ${money('subtotal')}, ${money('discountTotal')}, ${money('taxTotal')}, ${money('total')},
      "taxSummary" jsonb NOT NULL DEFAULT '[]',
      "billingSnapshot" jsonb,
      "notes" text,
      "terms" text,
      "sentAt" ${TS},
      "createdByUserId" uuid REFERENCES "app_user"("id") ON DELETE SET NULL`;

/**
 * Invoicing: invoices and quotes with their lines, payments, per-workspace numbering and settings, quote history,
 * recurring schedules with one run row per billed period, reminders sent, and email templates.
 * The unique keys carry the "exactly once" rules: one number per workspace, one run per schedule and period,
 * one reminder per invoice and offset, one provider payment.
 */
export class Invoicing1795530000000 implements MigrationInterface {
  name = 'Invoicing1795530000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "billing_settings" (
      "workspaceId" uuid NOT NULL PRIMARY KEY REFERENCES "workspace"("id") ON DELETE CASCADE,
      "invoicePrefix" varchar NOT NULL DEFAULT 'INV-',
      "quotePrefix" varchar NOT NULL DEFAULT 'QUO-',
      "numberPadding" smallint NOT NULL DEFAULT 4,
      "paymentTermsDays" smallint NOT NULL DEFAULT 14,
      "quoteValidityDays" smallint NOT NULL DEFAULT 30,
      "defaultTaxRate" int NOT NULL DEFAULT 0,
      "reminderOffsetsDays" int[] NOT NULL DEFAULT '{-3,0,7,14}',
      "remindersEnabled" boolean NOT NULL DEFAULT true,
      "legalName" varchar, "taxId" varchar, "address" text, "email" varchar,
      "paymentInstructions" text, "defaultNotes" text, "defaultTerms" text,
      "updatedAt" ${TS} NOT NULL DEFAULT now())`);
    await q.query(`CREATE TABLE "document_sequence" (
      "workspaceId" uuid NOT NULL REFERENCES "workspace"("id") ON DELETE CASCADE,
      "kind" varchar NOT NULL,
      "lastValue" int NOT NULL DEFAULT 0,
      CONSTRAINT "PK_document_sequence" PRIMARY KEY ("workspaceId", "kind"))`);

    await q.query(`CREATE TABLE "quote" (${base},
      ${documentColumns},
      "status" varchar NOT NULL DEFAULT 'DRAFT',
      "title" varchar,
      "validUntil" date,
      "decidedAt" ${TS},
      "convertedInvoiceId" uuid,
      CONSTRAINT "PK_quote" PRIMARY KEY ("id"))`);
    await q.query(`CREATE TABLE "recurring_invoice" (${base},
      "clientId" uuid NOT NULL REFERENCES "client"("id") ON DELETE CASCADE,
      "projectId" uuid REFERENCES "project"("id") ON DELETE SET NULL,
      "name" varchar NOT NULL,
      "frequency" varchar NOT NULL,
      "mode" varchar NOT NULL DEFAULT 'FIXED',
      "startDate" date NOT NULL,
      "endDate" date,
      "nextIssueDate" date,
      "lines" jsonb NOT NULL DEFAULT '[]',
      "currency" char(3) NOT NULL,
      "dueDays" smallint,
      "autoSend" boolean NOT NULL DEFAULT false,
      "active" boolean NOT NULL DEFAULT true,
      "notes" text,
      "createdByUserId" uuid REFERENCES "app_user"("id") ON DELETE SET NULL,
      CONSTRAINT "PK_recurring_invoice" PRIMARY KEY ("id"))`);
    await q.query(`CREATE TABLE "invoice" (${base},
      ${documentColumns},
      "quoteId" uuid REFERENCES "quote"("id") ON DELETE SET NULL,
      "recurringInvoiceId" uuid REFERENCES "recurring_invoice"("id") ON DELETE SET NULL,
      "status" varchar NOT NULL DEFAULT 'DRAFT',
      "dueDate" date,
      ${money('amountPaid')},
      "paidAt" ${TS},
      "voidedAt" ${TS},
      "voidReason" text,
      CONSTRAINT "PK_invoice" PRIMARY KEY ("id"))`);
    await q.query(
      `ALTER TABLE "quote" ADD CONSTRAINT "FK_quote_invoice" FOREIGN KEY ("convertedInvoiceId") REFERENCES "invoice"("id") ON DELETE SET NULL`,
    );
    for (const t of ['invoice', 'quote']) {
      await q.query(`CREATE INDEX "IDX_${t}_workspace" ON "${t}" ("workspaceId")`);
      await q.query(
        `CREATE UNIQUE INDEX "${t}_number_unique" ON "${t}" ("workspaceId", "number") WHERE "number" IS NOT NULL`,
      );
      await q.query(`CREATE INDEX "${t}_by_client" ON "${t}" ("workspaceId", "clientId", "issueDate")`);
      await q.query(
        `CREATE INDEX "${t}_by_status" ON "${t}" ("workspaceId", "status"${t === 'invoice' ? ', "dueDate"' : ''})`,
      );
    }
    await q.query(`CREATE INDEX "invoice_number_trgm" ON "invoice" USING gin ("number" gin_trgm_ops)`);

    await q.query(`CREATE TABLE "invoice_line" (${base},
      "invoiceId" uuid NOT NULL REFERENCES "invoice"("id") ON DELETE CASCADE,
      ${lineColumns},
      CONSTRAINT "PK_invoice_line" PRIMARY KEY ("id"))`);
    await q.query(`CREATE TABLE "quote_line" (${base},
      "quoteId" uuid NOT NULL REFERENCES "quote"("id") ON DELETE CASCADE,
      ${lineColumns},
      CONSTRAINT "PK_quote_line" PRIMARY KEY ("id"))`);
    for (const t of ['invoice_line', 'quote_line']) {
      await q.query(`CREATE INDEX "IDX_${t}_workspace" ON "${t}" ("workspaceId")`);
      await q.query(`CREATE INDEX "IDX_${t}_client" ON "${t}" ("clientId")`);
    }
    await q.query(`CREATE INDEX "invoice_line_by_invoice" ON "invoice_line" ("invoiceId", "position")`);
    await q.query(`CREATE INDEX "quote_line_by_quote" ON "quote_line" ("quoteId", "position")`);
    await q.query(
      `ALTER TABLE "time_entry" ADD CONSTRAINT "FK_time_entry_invoice_line" FOREIGN KEY ("invoiceLineId") REFERENCES "invoice_line"("id") ON DELETE SET NULL`,
    );
    await q.query(
      `CREATE INDEX "time_entry_unbilled" ON "time_entry" ("workspaceId", "projectId", "date") WHERE "billable" AND "invoiceLineId" IS NULL`,
    );

    await q.query(`CREATE TABLE "quote_event" (${base},
      "quoteId" uuid NOT NULL REFERENCES "quote"("id") ON DELETE CASCADE,
      "clientId" uuid NOT NULL REFERENCES "client"("id") ON DELETE CASCADE,
      "action" varchar NOT NULL,
      "userId" uuid REFERENCES "app_user"("id") ON DELETE SET NULL,
      "contactId" uuid REFERENCES "contact"("id") ON DELETE SET NULL,
      "note" text,
      CONSTRAINT "PK_quote_event" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_quote_event_workspace" ON "quote_event" ("workspaceId")`);
    await q.query(`CREATE INDEX "quote_event_by_quote" ON "quote_event" ("quoteId", "createdAt")`);

    await q.query(`CREATE TABLE "payment" (${base},
      "invoiceId" uuid NOT NULL REFERENCES "invoice"("id") ON DELETE CASCADE,
      "clientId" uuid NOT NULL REFERENCES "client"("id") ON DELETE CASCADE,
      "amount" bigint NOT NULL CHECK ("amount" > 0),
      "currency" char(3) NOT NULL,
      "method" varchar NOT NULL,
      "receivedAt" date NOT NULL,
      "reference" varchar,
      "note" text,
      "providerPaymentId" varchar,
      "providerEventId" varchar,
      "recordedByUserId" uuid REFERENCES "app_user"("id") ON DELETE SET NULL,
      CONSTRAINT "PK_payment" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_payment_workspace" ON "payment" ("workspaceId")`);
    await q.query(`CREATE INDEX "payment_by_invoice" ON "payment" ("invoiceId", "receivedAt")`);
    await q.query(`CREATE INDEX "payment_by_client" ON "payment" ("workspaceId", "clientId", "receivedAt")`);
    await q.query(
      `CREATE UNIQUE INDEX "payment_provider_once" ON "payment" ("providerPaymentId") WHERE "providerPaymentId" IS NOT NULL`,
    );

    await q.query(`CREATE INDEX "IDX_recurring_invoice_workspace" ON "recurring_invoice" ("workspaceId")`);
    await q.query(`CREATE INDEX "recurring_invoice_due" ON "recurring_invoice" ("active", "nextIssueDate")`);
    await q.query(`CREATE TABLE "recurring_invoice_run" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "workspaceId" uuid NOT NULL REFERENCES "workspace"("id") ON DELETE CASCADE,
      "recurringInvoiceId" uuid NOT NULL REFERENCES "recurring_invoice"("id") ON DELETE CASCADE,
      "periodStart" date NOT NULL,
      "periodEnd" date NOT NULL,
      "invoiceId" uuid NOT NULL REFERENCES "invoice"("id") ON DELETE CASCADE,
      "createdAt" ${TS} NOT NULL DEFAULT now(),
      CONSTRAINT "PK_recurring_invoice_run" PRIMARY KEY ("id"))`);
    await q.query(
      `CREATE UNIQUE INDEX "recurring_invoice_run_once" ON "recurring_invoice_run" ("recurringInvoiceId", "periodStart")`,
    );

    await q.query(`CREATE TABLE "invoice_reminder" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "workspaceId" uuid NOT NULL REFERENCES "workspace"("id") ON DELETE CASCADE,
      "invoiceId" uuid NOT NULL REFERENCES "invoice"("id") ON DELETE CASCADE,
      "offsetDays" int NOT NULL,
      "emailId" uuid REFERENCES "outbound_email"("id") ON DELETE SET NULL,
      "sentAt" ${TS} NOT NULL DEFAULT now(),
      CONSTRAINT "PK_invoice_reminder" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "invoice_reminder_once" ON "invoice_reminder" ("invoiceId", "offsetDays")`);

    await q.query(`CREATE TABLE "email_template" (${base},
      "clientId" uuid REFERENCES "client"("id") ON DELETE CASCADE,
      "kind" varchar NOT NULL,
      "subject" varchar NOT NULL,
      "body" text NOT NULL,
      CONSTRAINT "PK_email_template" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "IDX_email_template_workspace" ON "email_template" ("workspaceId")`);
    await q.query(
      `CREATE UNIQUE INDEX "email_template_one_per_kind" ON "email_template" ("workspaceId", "clientId", "kind") NULLS NOT DISTINCT`,
    );

    // Outbox rows can carry attachments (stored files, e.g. an invoice PDF) and belong to a client's history.
    await q.query(`ALTER TABLE "outbound_email" ADD "clientId" uuid REFERENCES "client"("id") ON DELETE SET NULL`);
    await q.query(`ALTER TABLE "outbound_email" ADD "attachments" jsonb NOT NULL DEFAULT '[]'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "outbound_email" DROP COLUMN "attachments"`);
    await q.query(`ALTER TABLE "outbound_email" DROP COLUMN "clientId"`);
    await q.query(`DROP INDEX "time_entry_unbilled"`);
    await q.query(`ALTER TABLE "time_entry" DROP CONSTRAINT "FK_time_entry_invoice_line"`);
    await q.query(`ALTER TABLE "quote" DROP CONSTRAINT "FK_quote_invoice"`);
    for (const t of [
      'email_template',
      'invoice_reminder',
      'recurring_invoice_run',
      'payment',
      'quote_event',
      'quote_line',
      'invoice_line',
      'invoice',
      'recurring_invoice',
      'quote',
      'document_sequence',
      'billing_settings',
    ]) {
      await q.query(`DROP TABLE "${t}"`);
    }
  }
}
