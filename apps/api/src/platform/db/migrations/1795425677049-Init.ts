import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795425677049 implements MigrationInterface {
  name = 'Init1795425677049';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "client" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "workspaceId" uuid NOT NULL, "name" character varying NOT NULL, "legalName" character varying, "taxId" character varying, "taxIdType" character varying, "industry" character varying, "size" character varying, "website" character varying, "socialLinks" jsonb NOT NULL DEFAULT '{}', "email" character varying, "phone" character varying, "street" character varying, "city" character varying, "region" character varying, "postalCode" character varying, "country" character varying(2), "latitude" double precision, "longitude" double precision, "status" character varying NOT NULL DEFAULT 'PROSPECT', "statusReason" text, "statusChangedAt" TIMESTAMP WITH TIME ZONE, "acquisitionSource" character varying, "firstContactAt" TIMESTAMP WITH TIME ZONE, "accountManagerId" uuid, "customFields" jsonb NOT NULL DEFAULT '{}', "tags" text array NOT NULL DEFAULT '{}', "totalValue" bigint NOT NULL DEFAULT '0', "archivedAt" TIMESTAMP WITH TIME ZONE, "lastActivityAt" TIMESTAMP WITH TIME ZONE, "searchText" text NOT NULL DEFAULT '', "deletedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_96da49381769303a6515a8785c7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_b589da02d4495ba081063cbf0d" ON "client"  ("workspaceId") `);
    await queryRunner.query(`CREATE INDEX "IDX_58850618454b4f0a020413ed04" ON "client"  ("workspaceId", "name") `);
    await queryRunner.query(`CREATE INDEX "IDX_bb355602805510dad0e862edb5" ON "client"  ("workspaceId", "status") `);
    await queryRunner.query(
      `CREATE TABLE "contact" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "workspaceId" uuid NOT NULL, "clientId" uuid NOT NULL, "name" character varying NOT NULL, "jobTitle" character varying, "email" character varying, "phone" character varying, "mobile" character varying, "role" character varying NOT NULL DEFAULT 'OTHER', "isPrimary" boolean NOT NULL DEFAULT false, "notes" text, "portalAccess" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_2cbbe00f59ab6b3bb5b8d19f989" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_f6f83b0e67070c9417b167844e" ON "contact"  ("workspaceId") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "contact_one_primary_per_client" ON "contact"  ("clientId") WHERE "isPrimary"`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_eff09bb429f175523787f46003" ON "contact"  ("email") `);
    await queryRunner.query(`CREATE INDEX "IDX_026abb179afa0700eb9b79a58a" ON "contact"  ("workspaceId", "clientId") `);
    await queryRunner.query(
      `CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" character varying NOT NULL, "email" character varying NOT NULL, "passwordHash" character varying NOT NULL, CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_3fa909d0e37c531ebc23770339" ON "app_user"  ("email") `);
    await queryRunner.query(
      `CREATE TABLE "workspace" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" character varying NOT NULL, "slug" character varying NOT NULL, "currency" character varying(3) NOT NULL DEFAULT 'USD', "locale" character varying NOT NULL DEFAULT 'en', "timezone" character varying NOT NULL DEFAULT 'UTC', "primaryColor" character varying NOT NULL DEFAULT '#4c6ef5', "accentColor" character varying, "logo" bytea, "logoContentType" character varying, "memberCanViewFinancials" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_ca86b6f9b3be5fe26d307d09b49" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_0d706c438a9b1ae0ac9806a201" ON "workspace"  ("slug") `);
    await queryRunner.query(
      `CREATE TABLE "membership" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "workspaceId" uuid NOT NULL, "userId" uuid NOT NULL, "role" character varying NOT NULL, CONSTRAINT "PK_83c1afebef3059472e7c37e8de8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_eb1cc8eb7d3d77c493f84208d2" ON "membership"  ("workspaceId") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_04b6e11398052f8b37fd0076ea" ON "membership"  ("userId", "workspaceId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "outbound_email" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspaceId" uuid, "kind" character varying NOT NULL, "to" character varying NOT NULL, "subject" character varying NOT NULL, "text" text NOT NULL, "html" text, "status" character varying NOT NULL DEFAULT 'PENDING', "attempts" integer NOT NULL DEFAULT '0', "lastError" text, "nextAttemptAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sentAt" TIMESTAMP WITH TIME ZONE, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a0082b26c76b286b5ff8197ff86" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_bb2d81dd6d2a260ded82e4d894" ON "outbound_email"  ("status", "nextAttemptAt") `,
    );
    await queryRunner.query(
      `CREATE TABLE "magic_link_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspaceId" uuid NOT NULL, "contactId" uuid NOT NULL, "tokenHash" character varying(64) NOT NULL, "expiresAt" TIMESTAMP WITH TIME ZONE NOT NULL, "usedAt" TIMESTAMP WITH TIME ZONE, "requestedIp" character varying, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_dd1d00fdff85260e45d6e72f979" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_a494542160940e757ea2d6ad07" ON "magic_link_token"  ("workspaceId") `);
    await queryRunner.query(`CREATE INDEX "IDX_1487629a119b2f60cb7e0bae36" ON "magic_link_token"  ("contactId") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_8bb2cb875b1b20a6d42965a879" ON "magic_link_token"  ("tokenHash") `,
    );
    await queryRunner.query(
      `CREATE TABLE "rate_limit_bucket" ("key" character varying NOT NULL, "windowStart" TIMESTAMP WITH TIME ZONE NOT NULL, "count" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_b088b640368064fe90a7e85e34e" PRIMARY KEY ("key", "windowStart"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "contact" ADD CONSTRAINT "FK_e99f8e5bcbccaec7b0b7ed65526" FOREIGN KEY ("clientId") REFERENCES "client"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "membership" ADD CONSTRAINT "FK_eef2d9d9c70cd13bed868afedf4" FOREIGN KEY ("userId") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "membership" ADD CONSTRAINT "FK_eb1cc8eb7d3d77c493f84208d20" FOREIGN KEY ("workspaceId") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`CREATE INDEX "client_search_trgm" ON "client" USING gin ("searchText" gin_trgm_ops)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS "client_search_trgm"`);
    await queryRunner.query(`ALTER TABLE "membership" DROP CONSTRAINT "FK_eb1cc8eb7d3d77c493f84208d20"`);
    await queryRunner.query(`ALTER TABLE "membership" DROP CONSTRAINT "FK_eef2d9d9c70cd13bed868afedf4"`);
    await queryRunner.query(`ALTER TABLE "contact" DROP CONSTRAINT "FK_e99f8e5bcbccaec7b0b7ed65526"`);
    await queryRunner.query(`DROP TABLE "rate_limit_bucket"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8bb2cb875b1b20a6d42965a879"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1487629a119b2f60cb7e0bae36"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a494542160940e757ea2d6ad07"`);
    await queryRunner.query(`DROP TABLE "magic_link_token"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bb2d81dd6d2a260ded82e4d894"`);
    await queryRunner.query(`DROP TABLE "outbound_email"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_04b6e11398052f8b37fd0076ea"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_eb1cc8eb7d3d77c493f84208d2"`);
    await queryRunner.query(`DROP TABLE "membership"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0d706c438a9b1ae0ac9806a201"`);
    await queryRunner.query(`DROP TABLE "workspace"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3fa909d0e37c531ebc23770339"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_026abb179afa0700eb9b79a58a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_eff09bb429f175523787f46003"`);
    await queryRunner.query(`DROP INDEX "public"."contact_one_primary_per_client"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f6f83b0e67070c9417b167844e"`);
    await queryRunner.query(`DROP TABLE "contact"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bb355602805510dad0e862edb5"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_58850618454b4f0a020413ed04"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b589da02d4495ba081063cbf0d"`);
    await queryRunner.query(`DROP TABLE "client"`);
  }
}
