import type { MigrationInterface, QueryRunner } from 'typeorm';
import { DEFAULT_PORTAL_PERMISSIONS } from '@clientflow/domain';

/** Per-client portal settings (absent row = defaults: enabled, all projects, the default permissions). */
export class PortalSettings1795530000001 implements MigrationInterface {
  name = 'PortalSettings1795530000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "client_portal_settings" (
      "clientId" uuid NOT NULL PRIMARY KEY REFERENCES "client"("id") ON DELETE CASCADE,
      "workspaceId" uuid NOT NULL REFERENCES "workspace"("id") ON DELETE CASCADE,
      "enabled" boolean NOT NULL DEFAULT true,
      "allProjects" boolean NOT NULL DEFAULT true,
      "projectIds" uuid[] NOT NULL DEFAULT '{}',
      "permissions" text[] NOT NULL DEFAULT '{${DEFAULT_PORTAL_PERMISSIONS.join(',')}}',
      "locale" varchar,
      "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX "IDX_client_portal_settings_workspace" ON "client_portal_settings" ("workspaceId")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "client_portal_settings"`);
  }
}
