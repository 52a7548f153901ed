import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tickets, second step: the contact a ticket is with (staff can open tickets too), files attached to thread
 * messages (documents linked to a message) and staff in-app notifications.
 */
export class TicketExtras1795550000000 implements MigrationInterface {
  name = 'TicketExtras1795550000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "ticket" ADD "contactId" uuid REFERENCES "contact"("id") ON DELETE SET NULL`);
    await q.query(`UPDATE "ticket" SET "contactId" = "openedByContactId" WHERE "openedByContactId" IS NOT NULL`);
    await q.query(
      `ALTER TABLE "document" ADD "ticketMessageId" uuid REFERENCES "ticket_message"("id") ON DELETE CASCADE`,
    );
    await q.query(`ALTER TABLE "document" ADD "ticketAttachment" boolean NOT NULL DEFAULT false`);
    await q.query(
      `CREATE INDEX "document_ticket_message" ON "document" ("ticketMessageId") WHERE "ticketMessageId" IS NOT NULL`,
    );
    await q.query(`CREATE TABLE "notification" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
      "workspaceId" uuid NOT NULL REFERENCES "workspace"("id") ON DELETE CASCADE,
      "userId" uuid NOT NULL REFERENCES "app_user"("id") ON DELETE CASCADE,
      "kind" character varying NOT NULL CHECK ("kind" IN ('TICKET_ASSIGNED', 'TICKET_MESSAGE')),
      "title" character varying(300) NOT NULL,
      "body" text,
      "ticketId" uuid REFERENCES "ticket"("id") ON DELETE CASCADE,
      "clientId" uuid REFERENCES "client"("id") ON DELETE CASCADE,
      "readAt" TIMESTAMP WITH TIME ZONE,
      "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX "IDX_notification_workspace" ON "notification" ("workspaceId")`);
    await q.query(`CREATE INDEX "notification_inbox" ON "notification" ("workspaceId", "userId", "createdAt")`);
    await q.query(
      `CREATE INDEX "notification_unread" ON "notification" ("workspaceId", "userId") WHERE "readAt" IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "notification"`);
    await q.query(`ALTER TABLE "document" DROP COLUMN "ticketAttachment"`);
    await q.query(`ALTER TABLE "document" DROP COLUMN "ticketMessageId"`);
    await q.query(`ALTER TABLE "ticket" DROP COLUMN "contactId"`);
  }
}
