import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Team invitations: one row per invitation sent (7 days, single use, only the token's sha256 stored). At most one
 * open invitation (neither accepted nor revoked) per email and workspace; resending replaces the token in place.
 */
export class TeamInvitations1796662000000 implements MigrationInterface {
  name = 'TeamInvitations1796662000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "workspace_invitation" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
      "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "workspaceId" uuid NOT NULL REFERENCES "workspace"("id") ON DELETE CASCADE,
      "email" character varying(320) NOT NULL,
      "role" character varying NOT NULL CHECK ("role" IN ('OWNER', 'ADMIN', 'MANAGER', 'MEMBER')),
      "invitedByUserId" uuid REFERENCES "app_user"("id") ON DELETE SET NULL,
      "tokenHash" character varying(64) NOT NULL,
      "expiresAt" TIMESTAMP WITH TIME ZONE NOT NULL,
      "sentAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "acceptedAt" TIMESTAMP WITH TIME ZONE,
      "acceptedByUserId" uuid REFERENCES "app_user"("id") ON DELETE SET NULL,
      "revokedAt" TIMESTAMP WITH TIME ZONE)`);
    await q.query(`CREATE INDEX "IDX_workspace_invitation_workspace" ON "workspace_invitation" ("workspaceId")`);
    await q.query(`CREATE UNIQUE INDEX "workspace_invitation_token" ON "workspace_invitation" ("tokenHash")`);
    await q.query(`CREATE UNIQUE INDEX "workspace_invitation_open" ON "workspace_invitation" ("workspaceId", "email")
      WHERE "acceptedAt" IS NULL AND "revokedAt" IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "workspace_invitation"`);
  }
}
