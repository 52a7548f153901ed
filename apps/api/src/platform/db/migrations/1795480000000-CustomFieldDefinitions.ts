import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Workspace-level custom field definitions; their values stay in client."customFields" keyed by definition key. */
export class CustomFieldDefinitions1795480000000 implements MigrationInterface {
  name = 'CustomFieldDefinitions1795480000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "custom_field_definition" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "workspaceId" uuid NOT NULL,
      "key" character varying NOT NULL,
      "label" character varying NOT NULL,
      "type" character varying NOT NULL,
      "options" text array NOT NULL DEFAULT '{}',
      "helpText" character varying,
      "position" integer NOT NULL DEFAULT 0,
      "archivedAt" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "PK_custom_field_definition" PRIMARY KEY ("id"),
      CONSTRAINT "FK_custom_field_definition_workspace" FOREIGN KEY ("workspaceId") REFERENCES "workspace"("id") ON DELETE CASCADE,
      CONSTRAINT "CHK_custom_field_definition_type" CHECK ("type" IN ('TEXT', 'NUMBER', 'DATE', 'SELECT', 'CHECKBOX', 'URL'))
    )`);
    await q.query(`CREATE INDEX "IDX_custom_field_definition_workspace" ON "custom_field_definition" ("workspaceId")`);
    await q.query(
      `CREATE UNIQUE INDEX "UQ_custom_field_definition_key" ON "custom_field_definition" ("workspaceId", "key")`,
    );
    await q.query(
      `CREATE INDEX "IDX_custom_field_definition_position" ON "custom_field_definition" ("workspaceId", "position")`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "custom_field_definition"`);
  }
}
