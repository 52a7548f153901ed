import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts, first step: server-side staff sessions (the cookie's JWT names a row; revoking it ends the session),
 * the last sign-in time, and the append-only audit log (a trigger refuses UPDATE and DELETE unless the retention
 * purge or a workspace deletion sets `clientflow.audit_purge` for its transaction).
 */
export class AccountsSessionsAudit1796660000000 implements MigrationInterface {
  name = 'AccountsSessionsAudit1796660000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "user_session" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
      "userId" uuid NOT NULL REFERENCES "app_user"("id") ON DELETE CASCADE,
      "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "lastSeenAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "expiresAt" TIMESTAMP WITH TIME ZONE NOT NULL,
      "ip" character varying(64) NOT NULL,
      "userAgent" character varying(500) NOT NULL DEFAULT '',
      "revokedAt" TIMESTAMP WITH TIME ZONE,
      "revokedReason" character varying(32))`);
    await q.query(`CREATE INDEX "user_session_live" ON "user_session" ("userId", "revokedAt")`);
    await q.query(`ALTER TABLE "app_user" ADD "lastSignInAt" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "app_user" ADD "locale" character varying(5) NOT NULL DEFAULT 'en'`);

    await q.query(`CREATE TABLE "audit_event" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
      "workspaceId" uuid NOT NULL REFERENCES "workspace"("id") ON DELETE CASCADE,
      "createdAt" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
      "action" character varying(64) NOT NULL,
      "actorUserId" uuid,
      "actorLabel" character varying(320) NOT NULL,
      "ip" character varying(64) NOT NULL,
      "userAgent" character varying(500) NOT NULL DEFAULT '',
      "targetType" character varying(32),
      "targetId" character varying(64),
      "targetLabel" character varying(320),
      "changes" jsonb NOT NULL DEFAULT '{}'::jsonb)`);
    await q.query(`CREATE INDEX "audit_event_recent" ON "audit_event" ("workspaceId", "createdAt", "id")`);
    await q.query(`CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' AND current_setting('clientflow.audit_purge', true) = 'on' THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'audit_event is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON "audit_event"
      FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "audit_event"`);
    await q.query(`DROP FUNCTION audit_event_append_only()`);
    await q.query(`ALTER TABLE "app_user" DROP COLUMN "locale"`);
    await q.query(`ALTER TABLE "app_user" DROP COLUMN "lastSignInAt"`);
    await q.query(`DROP TABLE "user_session"`);
  }
}
