import {
  DEFAULT_EMAIL_TEMPLATES,
  EMAIL_TEMPLATE_KINDS,
  validateEmailTemplate,
  type EmailTemplateKind,
  type EmailTemplateText,
} from '@clientflow/domain';
import type { TenantScope } from '../../../platform/db/tenant-scope';
import { Client } from '../../clients/client.entity';
import { EmailTemplate } from './email-template.entity';

export type EmailTemplateSource = 'CLIENT' | 'WORKSPACE' | 'DEFAULT';

export interface EffectiveTemplate extends EmailTemplateText {
  kind: EmailTemplateKind;
  source: EmailTemplateSource;
  /** The client asked about (null for workspace templates). */
  clientId: string | null;
  updatedAt: Date | null;
}

/**
 * Billing email templates: the built-in default per kind, the workspace's own, and per-client overrides.
 * Resolution when sending: client override > workspace template > built-in default.
 */
export class EmailTemplateService {
  /** The effective template of every kind for a client (or the workspace when clientId is null). */
  async list(scope: TenantScope, clientId: string | null): Promise<EffectiveTemplate[]> {
    if (clientId) await scope.findById(Client, clientId, 'Client');
    const rows = await this.rows(scope, clientId);
    return EMAIL_TEMPLATE_KINDS.map((kind) => this.pick(kind, clientId, rows));
  }

  async effective(scope: TenantScope, kind: EmailTemplateKind, clientId: string | null): Promise<EffectiveTemplate> {
    return this.pick(kind, clientId, await this.rows(scope, clientId, kind));
  }

  /** Creates or replaces the workspace's (clientId null) or a client's template of a kind. */
  async save(
    scope: TenantScope,
    input: { kind: EmailTemplateKind; clientId: string | null } & EmailTemplateText,
  ): Promise<EffectiveTemplate> {
    return scope.transaction(async (scope) => {
      const { subject, body } = validateEmailTemplate(input.kind, input);
      if (input.clientId) await scope.findById(Client, input.clientId, 'Client');
      await scope.manager.query(
        `INSERT INTO "email_template" ("workspaceId", "clientId", "kind", "subject", "body") VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT ("workspaceId", "clientId", "kind") DO UPDATE SET "subject" = EXCLUDED."subject", "body" = EXCLUDED."body", "updatedAt" = now()`,
        [scope.workspaceId, input.clientId, input.kind, subject, body],
      );
      return this.effective(scope, input.kind, input.clientId);
    });
  }

  /** Removes the override: the client falls back to the workspace's template, the workspace to the built-in one. */
  async reset(scope: TenantScope, kind: EmailTemplateKind, clientId: string | null): Promise<EffectiveTemplate> {
    if (clientId) await scope.findById(Client, clientId, 'Client');
    const qb = scope.manager
      .createQueryBuilder()
      .delete()
      .from(EmailTemplate)
      .where(`"workspaceId" = :ws AND kind = :kind`, { ws: scope.workspaceId, kind });
    if (clientId) qb.andWhere(`"clientId" = :clientId`, { clientId });
    else qb.andWhere(`"clientId" IS NULL`);
    await qb.execute();
    return this.effective(scope, kind, clientId);
  }

  private rows(scope: TenantScope, clientId: string | null, kind?: EmailTemplateKind): Promise<EmailTemplate[]> {
    const qb = scope.query(EmailTemplate, 't');
    if (clientId) qb.andWhere('(t."clientId" IS NULL OR t."clientId" = :clientId)', { clientId });
    else qb.andWhere('t."clientId" IS NULL');
    if (kind) qb.andWhere('t.kind = :kind', { kind });
    return qb.getMany();
  }

  private pick(kind: EmailTemplateKind, clientId: string | null, rows: EmailTemplate[]): EffectiveTemplate {
    const own = clientId ? rows.find((r) => r.kind === kind && r.clientId === clientId) : undefined;
    const workspace = rows.find((r) => r.kind === kind && r.clientId === null);
    const row = own ?? workspace;
    if (!row) return { kind, clientId, source: 'DEFAULT', ...DEFAULT_EMAIL_TEMPLATES[kind], updatedAt: null };
    return {
      kind,
      clientId,
      source: own ? 'CLIENT' : 'WORKSPACE',
      subject: row.subject,
      body: row.body,
      updatedAt: row.updatedAt,
    };
  }
}
