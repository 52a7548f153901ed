import { assertPortalAccessReachable, DomainError } from '@clientflow/domain';
import type { TenantScope } from '../../platform/db/tenant-scope';
import type { AuditActor, AuditService } from '../audit/audit.service';
import { Client } from '../clients/client.entity';
import { Contact } from '../clients/contact.entity';
import { Workspace } from '../identity/workspace.entity';
import type { Outbox } from '../../platform/mail/outbox.service';
import { ClientPortalSettings } from './client-portal-settings.entity';
import { MagicLinkToken } from './magic-link-token.entity';
import type { PortalEventLog } from './portal-event-log';
import { portalInvitationEmail } from './portal-invitation.email';
import { hashPortalToken, newPortalToken } from './portal-tokens';

/** "Invite to portal" and "Revoke": the staff side of a contact's portal access. */
export class PortalInvitationService {
  constructor(
    private readonly outbox: Outbox,
    private readonly timeline: PortalEventLog,
    private readonly portalOrigin: string,
    private readonly ttlHours: number,
    private readonly audit: AuditService,
  ) {}

  /**
   * Turns the contact's portal access on and emails a single-use invitation link (kind INVITE, `ttlHours`),
   * all in one transaction with the outbox row and the PORTAL timeline event.
   */
  async invite(
    scope: TenantScope,
    contactId: string,
    actorUserId: string,
    actor: AuditActor,
    now = new Date(),
  ): Promise<Contact> {
    const contact = await scope.transaction(async (tx) => {
      const contact = await tx.findById(Contact, contactId, 'Contact');
      assertPortalAccessReachable({ email: contact.email, portalAccess: true }, 'portalAccess');
      const client = await tx.findById(Client, contact.clientId, 'Client');
      const settings = await tx
        .query(ClientPortalSettings, 'ps')
        .andWhere('ps."clientId" = :cid', { cid: client.id })
        .getOne();
      if (settings && !settings.enabled)
        throw new DomainError('CONFLICT', "Turn this client's portal on before inviting contacts", 'enabled');
      const workspace = await tx.manager.getRepository(Workspace).findOneByOrFail({ id: tx.workspaceId });

      await tx.update(Contact, contact.id, { portalAccess: true, portalInvitedAt: now }, 'Contact');
      const token = newPortalToken();
      await tx.insert(MagicLinkToken, {
        contactId: contact.id,
        kind: 'INVITE',
        tokenHash: hashPortalToken(token),
        expiresAt: new Date(now.getTime() + this.ttlHours * 3600_000),
        requestedIp: null,
      });
      await this.outbox.enqueue(tx.manager, {
        workspaceId: tx.workspaceId,
        kind: 'PORTAL_INVITE',
        to: contact.email!,
        ...portalInvitationEmail({
          contactName: contact.name,
          clientName: client.name,
          agencyName: workspace.name,
          link: `${this.portalOrigin}/auth/invite?token=${encodeURIComponent(token)}`,
          ttlHours: this.ttlHours,
        }),
      });
      await this.timeline.record(tx, {
        clientId: client.id,
        type: 'PORTAL',
        summary: `${contact.name} was invited to the client portal`,
        authorUserId: actorUserId,
        metadata: { contactId: contact.id, action: 'INVITED' },
      });
      await this.audit.record(
        {
          workspaceId: tx.workspaceId,
          action: 'portal.accessGranted',
          actor,
          target: contactTarget(contact),
          changes: { portalAccess: { from: contact.portalAccess, to: true }, invited: true, client: client.name },
        },
        tx.manager,
      );
      return tx.findById(Contact, contact.id, 'Contact');
    });
    return contact;
  }

  /** Turns access off; the contact's sessions end on their next request and unused links stop working. */
  async revoke(scope: TenantScope, contactId: string, actorUserId: string, actor: AuditActor): Promise<Contact> {
    return scope.transaction(async (tx) => {
      const contact = await tx.findById(Contact, contactId, 'Contact');
      if (!contact.portalAccess) return contact;
      await tx.update(Contact, contact.id, { portalAccess: false }, 'Contact');
      await tx.manager
        .createQueryBuilder()
        .update(MagicLinkToken)
        .set({ usedAt: () => 'now()' })
        .where('"contactId" = :id AND "workspaceId" = :ws AND "usedAt" IS NULL', { id: contact.id, ws: tx.workspaceId })
        .execute();
      await this.timeline.record(tx, {
        clientId: contact.clientId,
        type: 'PORTAL',
        summary: `${contact.name}'s portal access was revoked`,
        authorUserId: actorUserId,
        metadata: { contactId: contact.id, action: 'REVOKED' },
      });
      await this.audit.record(
        {
          workspaceId: tx.workspaceId,
          action: 'portal.accessRevoked',
          actor,
          target: contactTarget(contact),
          changes: { portalAccess: { from: true, to: false } },
        },
        tx.manager,
      );
      return tx.findById(Contact, contact.id, 'Contact');
    });
  }
}

/** How a contact appears in the audit log. */
export const contactTarget = (contact: Pick<Contact, 'id' | 'email' | 'name'>) => ({
  type: 'contact',
  id: contact.id,
  label: contact.email || contact.name,
});
