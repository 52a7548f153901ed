import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Support tickets: the ticket, its thread (with internal notes) and each staff user's last read. */
export class Tickets1795547000000 implements MigrationInterface {
  name = 'Tickets1795547000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "ticket" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
      "workspaceId" uuid NOT NULL REFERENCES "workspace"("id") ON DELETE CASCADE,
      "clientId" uuid NOT NULL REFERENCES "client"("id") ON DELETE CASCADE,
      "subject" character varying NOT NULL,
      "status" character varying NOT NULL DEFAULT 'OPEN' CHECK ("status" IN ('OPEN', 'PENDING', 'RESOLVED', 'CLOSED')),
      "priority" character varying NOT NULL DEFAULT 'NORMAL' CHECK ("priority" IN ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
      "assigneeUserId" uuid REFERENCES "app_user"("id") ON DELETE SET NULL,
      "openedByContactId" uuid REFERENCES "contact"("id") ON DELETE SET NULL,
      "openedByUserId" uuid REFERENCES "app_user"("id") ON DELETE SET NULL,
      "invoiceId" uuid REFERENCES "invoice"("id") ON DELETE SET NULL,
      "projectId" uuid REFERENCES "project"("id") ON DELETE SET NULL,
      "lastMessageAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "lastPublicMessageAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX "IDX_ticket_workspace" ON "ticket" ("workspaceId")`);
    await q.query(`CREATE INDEX "ticket_inbox" ON "ticket" ("workspaceId", "lastMessageAt", "id")`);
    await q.query(`CREATE INDEX "ticket_by_client" ON "ticket" ("workspaceId", "clientId", "lastPublicMessageAt")`);
    await q.query(`CREATE INDEX "ticket_open" ON "ticket" ("workspaceId", "clientId") WHERE "status" = 'OPEN'`);
    await q.query(`CREATE TABLE "ticket_message" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
      "workspaceId" uuid NOT NULL REFERENCES "workspace"("id") ON DELETE CASCADE,
      "ticketId" uuid NOT NULL REFERENCES "ticket"("id") ON DELETE CASCADE,
      "clientId" uuid NOT NULL REFERENCES "client"("id") ON DELETE CASCADE,
      "body" text NOT NULL,
      "internal" boolean NOT NULL DEFAULT false,
      "authorUserId" uuid REFERENCES "app_user"("id") ON DELETE SET NULL,
      "authorContactId" uuid REFERENCES "contact"("id") ON DELETE SET NULL,
      "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "ticket_message_contact_public" CHECK ("authorContactId" IS NULL OR NOT "internal"))`);
    await q.query(`CREATE INDEX "IDX_ticket_message_workspace" ON "ticket_message" ("workspaceId")`);
    await q.query(`CREATE INDEX "ticket_message_thread" ON "ticket_message" ("workspaceId", "ticketId", "createdAt")`);
    await q.query(`CREATE TABLE "ticket_read" (
      "ticketId" uuid NOT NULL REFERENCES "ticket"("id") ON DELETE CASCADE,
      "userId" uuid NOT NULL REFERENCES "app_user"("id") ON DELETE CASCADE,
      "workspaceId" uuid NOT NULL REFERENCES "workspace"("id") ON DELETE CASCADE,
      "readAt" TIMESTAMP WITH TIME ZONE NOT NULL,
      PRIMARY KEY ("ticketId", "userId"))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "ticket_read"`);
    await q.query(`DROP TABLE "ticket_message"`);
    await q.query(`DROP TABLE "ticket"`);
  }
}
