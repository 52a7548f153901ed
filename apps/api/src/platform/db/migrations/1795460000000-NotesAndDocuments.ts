import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Internal client notes and client documents (files on FileStorage, rows here), linked to timeline events. */
export class NotesAndDocuments1795460000000 implements MigrationInterface {
  name = 'NotesAndDocuments1795460000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "note" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "workspaceId" uuid NOT NULL,
      "clientId" uuid NOT NULL,
      "kind" character varying NOT NULL,
      "body" text NOT NULL,
      "date" date,
      "important" boolean NOT NULL DEFAULT false,
      "authorUserId" uuid,
      "timelineEventId" uuid,
      CONSTRAINT "PK_note" PRIMARY KEY ("id"),
      CONSTRAINT "FK_note_client" FOREIGN KEY ("clientId") REFERENCES "client"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_note_timeline_event" FOREIGN KEY ("timelineEventId") REFERENCES "timeline_event"("id") ON DELETE SET NULL
    )`);
    await q.query(`CREATE INDEX "IDX_note_workspace" ON "note" ("workspaceId")`);
    await q.query(`CREATE INDEX "note_client_feed" ON "note" ("workspaceId", "clientId", "createdAt", "id")`);
    await q.query(`CREATE TABLE "document" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "workspaceId" uuid NOT NULL,
      "clientId" uuid NOT NULL,
      "projectId" uuid,
      "category" character varying NOT NULL,
      "fileName" character varying(200) NOT NULL,
      "size" bigint NOT NULL,
      "contentType" character varying NOT NULL,
      "checksum" character(64) NOT NULL,
      "storageKey" character varying NOT NULL,
      "portalVisible" boolean NOT NULL DEFAULT false,
      "uploadedByUserId" uuid,
      "uploadedByContactId" uuid,
      "timelineEventId" uuid,
      CONSTRAINT "PK_document" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_document_storage_key" UNIQUE ("storageKey"),
      CONSTRAINT "FK_document_client" FOREIGN KEY ("clientId") REFERENCES "client"("id") ON DELETE CASCADE,
      CONSTRAINT "FK_document_timeline_event" FOREIGN KEY ("timelineEventId") REFERENCES "timeline_event"("id") ON DELETE SET NULL
    )`);
    await q.query(`CREATE INDEX "IDX_document_workspace" ON "document" ("workspaceId")`);
    await q.query(`CREATE INDEX "document_client_list" ON "document" ("workspaceId", "clientId", "createdAt", "id")`);
    await q.query(
      `CREATE INDEX "document_timeline_event" ON "document" ("timelineEventId") WHERE "timelineEventId" IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "document"`);
    await q.query(`DROP TABLE "note"`);
  }
}
