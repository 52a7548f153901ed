import {
  badInput,
  clientPortalUrl,
  DEFAULT_PORTAL_PERMISSIONS,
  effectivePortalPermissions,
  PORTAL_PERMISSIONS,
  portalLocaleOf,
} from '@clientflow/domain';
import type { TenantScope } from '../../platform/db/tenant-scope';
import type { AuditActor, AuditService } from '../audit/audit.service';
import { Client } from '../clients/client.entity';
import { Contact } from '../clients/contact.entity';
import { Workspace } from '../identity/workspace.entity';
import { ClientPortalSettings } from './client-portal-settings.entity';
import type { PortalEventLog } from './portal-event-log';
import { newPortalKey } from './portal-tokens';
import type { ClientPortalSettingsType, UpdateClientPortalSettingsInput } from './portal-settings.types';

type Settings = Pick<ClientPortalSettings, 'enabled' | 'allProjects' | 'projectIds' | 'permissions' | 'locale'>;

const DEFAULTS: Settings = {
  enabled: true,
  allProjects: true,
  projectIds: [],
  permissions: [...DEFAULT_PORTAL_PERMISSIONS],
  locale: null,
};

/** What the settings need of the projects module (ProjectService): which of the chosen ids are the client's projects. */
export interface ClientProjects {
  idsOfClient(scope: TenantScope, clientId: string, ids: string[]): Promise<string[]>;
}

/** A client's portal settings (staff side, `portal.manage`): what it shows, to whom, in which language, at which URL. */
export class PortalSettingsService {
  constructor(
    private readonly timeline: PortalEventLog,
    private readonly projects: ClientProjects,
    private readonly portalOrigin: string,
    private readonly audit: AuditService,
  ) {}

  async get(scope: TenantScope, clientId: string): Promise<ClientPortalSettingsType> {
    const client = await scope.findById(Client, clientId, 'Client');
    const [settings, workspace, contacts] = await Promise.all([
      this.settingsOf(scope, client.id),
      scope.manager.getRepository(Workspace).findOneByOrFail({ id: scope.workspaceId }),
      scope
        .query(Contact, 'ct')
        .andWhere('ct."clientId" = :cid', { cid: client.id })
        .orderBy('ct."isPrimary"', 'DESC')
        .addOrderBy('ct.name')
        .getMany(),
    ]);
    return {
      clientId: client.id,
      ...settings,
      effectiveLocale: portalLocaleOf(settings.locale, workspace.locale),
      portalKey: client.portalKey,
      portalUrl: clientPortalUrl(this.portalOrigin, workspace.slug, client.portalKey),
      contacts: contacts.map((c) => ({
        id: c.id,
        name: c.name,
        email: c.email,
        role: c.role,
        portalAccess: c.portalAccess,
        portalInvitedAt: c.portalInvitedAt,
        permissions: c.portalAccess ? effectivePortalPermissions(settings, c.role) : [],
      })),
    };
  }

  async update(
    scope: TenantScope,
    clientId: string,
    input: UpdateClientPortalSettingsInput,
    actorUserId: string,
    actor: AuditActor,
  ): Promise<ClientPortalSettingsType> {
    await scope.transaction(async (tx) => {
      const client = await tx.findById(Client, clientId, 'Client');
      const current = await this.settingsOf(tx, client.id, true);
      const next: Settings = {
        enabled: input.enabled ?? current.enabled,
        allProjects: input.allProjects ?? current.allProjects,
        projectIds: input.projectIds ? [...new Set(input.projectIds)] : current.projectIds,
        // Kept in the canonical order, duplicates dropped.
        permissions: input.permissions
          ? PORTAL_PERMISSIONS.filter((p) => input.permissions!.includes(p))
          : current.permissions,
        locale: input.locale !== undefined ? input.locale : current.locale,
      };
      if (input.projectIds?.length) await this.assertProjectsOf(tx, client.id, next.projectIds);
      await tx.manager
        .getRepository(ClientPortalSettings)
        .upsert({ clientId: client.id, workspaceId: tx.workspaceId, ...next }, ['clientId']);
      if (next.enabled !== current.enabled) {
        await this.timeline.record(tx, {
          clientId: client.id,
          type: 'PORTAL',
          summary: next.enabled ? 'Client portal enabled' : 'Client portal disabled',
          authorUserId: actorUserId,
        });
        await this.audit.record(
          {
            workspaceId: tx.workspaceId,
            action: next.enabled ? 'portal.accessGranted' : 'portal.accessRevoked',
            actor,
            target: { type: 'client', id: client.id, label: client.name },
            changes: { portalEnabled: { from: current.enabled, to: next.enabled } },
          },
          tx.manager,
        );
      }
    });
    return this.get(scope, clientId);
  }

  /** A new portal URL for the client; the old one stops working at once (sessions are unaffected). */
  async regenerateKey(scope: TenantScope, clientId: string): Promise<ClientPortalSettingsType> {
    await scope.update(Client, clientId, { portalKey: newPortalKey() }, 'Client');
    return this.get(scope, clientId);
  }

  private async settingsOf(scope: TenantScope, clientId: string, lock = false): Promise<Settings> {
    const qb = scope.query(ClientPortalSettings, 'ps').andWhere('ps."clientId" = :cid', { cid: clientId });
    if (lock) qb.setLock('pessimistic_write');
    const row = await qb.getOne();
    if (!row) return { ...DEFAULTS };
    const { enabled, allProjects, projectIds, permissions, locale } = row;
    return { enabled, allProjects, projectIds, permissions, locale };
  }

  private async assertProjectsOf(scope: TenantScope, clientId: string, projectIds: string[]): Promise<void> {
    const found = await this.projects.idsOfClient(scope, clientId, projectIds);
    if (found.length !== projectIds.length) throw badInput('projectIds', 'Choose only projects of this client');
  }
}
