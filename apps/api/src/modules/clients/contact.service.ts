import {
  assertPortalAccessReachable,
  assertPrimaryUnset,
  badInput,
  cleanText,
  contactChangePermissions,
  forbidden,
  isPrimaryOnCreate,
  normalizeEmail,
  notFound,
  primaryAfterDelete,
  type Permission,
} from '@clientflow/domain';
import { isUuid, type TenantScope } from '../../platform/db/tenant-scope';
import type { AuditActor, AuditService } from '../audit/audit.service';
import { refreshClientSearchText } from './client-search';
import { Client } from './client.entity';
import { Contact } from './contact.entity';
import type { CreateContactInput, UpdateContactInput } from './contact.inputs';

type Can = (permission: Permission) => boolean;
type ContactInput = CreateContactInput | UpdateContactInput;

function contactPatch(input: ContactInput): Partial<Contact> {
  const patch: Partial<Contact> = {};
  if (input.name !== undefined && input.name !== null) {
    const name = cleanText(input.name);
    if (!name) throw badInput('name', 'name cannot be empty');
    patch.name = name;
  }
  for (const key of ['jobTitle', 'phone', 'mobile', 'notes'] as const) {
    if (input[key] !== undefined) patch[key] = cleanText(input[key]);
  }
  if (input.email !== undefined) patch.email = cleanText(input.email) ? normalizeEmail(input.email!) : null;
  if (input.role) patch.role = input.role;
  if (input.portalAccess !== undefined && input.portalAccess !== null) patch.portalAccess = input.portalAccess;
  return patch;
}

function assertAllowed(needed: Permission[], can: Can) {
  const missing = needed.find((p) => !can(p));
  if (missing === 'portal.manage') throw forbidden('Your role cannot change portal access');
  if (missing) throw forbidden();
}

/**
 * Contacts of a client. Every write locks the client row first, so concurrent primary changes on one client run
 * one after the other and the "exactly one primary" rule (also a unique partial index) always holds.
 */
export class ContactService {
  constructor(private readonly audit: AuditService) {}

  async create(
    scope: TenantScope,
    clientId: string,
    input: CreateContactInput,
    can: Can,
    actor: AuditActor,
  ): Promise<Contact> {
    assertAllowed(contactChangePermissions(input, null), can);
    const patch = contactPatch(input);
    assertPortalAccessReachable(
      { email: patch.email ?? null, portalAccess: patch.portalAccess ?? false },
      'portalAccess',
    );
    return scope.transaction(async (tx) => {
      await this.lockClient(tx, clientId);
      const existing = await this.contactsOf(tx, clientId);
      const isPrimary = isPrimaryOnCreate(existing, input.isPrimary);
      if (isPrimary) await this.demotePrimary(tx, existing);
      const contact = await tx.insert(Contact, { ...patch, clientId, isPrimary });
      if (contact.portalAccess) await this.auditPortalAccess(tx, contact, false, actor);
      await refreshClientSearchText(tx.manager, clientId);
      return contact;
    });
  }

  async update(
    scope: TenantScope,
    id: string,
    input: UpdateContactInput,
    can: Can,
    actor: AuditActor,
  ): Promise<Contact> {
    return scope.transaction(async (tx) => {
      const before = await tx.findById(Contact, id, 'Contact');
      await this.lockClient(tx, before.clientId);
      const current = await tx.findById(Contact, id, 'Contact'); // re-read under the client lock
      assertAllowed(contactChangePermissions(input, current), can);
      assertPrimaryUnset(current, input.isPrimary);
      const patch = contactPatch(input);
      const next = { ...current, ...patch };
      assertPortalAccessReachable(next, patch.portalAccess && !current.portalAccess ? 'portalAccess' : 'email');
      if (input.isPrimary && !current.isPrimary) {
        await this.demotePrimary(tx, await this.contactsOf(tx, current.clientId));
        patch.isPrimary = true;
      }
      if (Object.keys(patch).length) await tx.update(Contact, id, patch, 'Contact');
      if (patch.portalAccess !== undefined && patch.portalAccess !== current.portalAccess)
        await this.auditPortalAccess(tx, next, current.portalAccess, actor);
      await refreshClientSearchText(tx.manager, current.clientId);
      return tx.findById(Contact, id, 'Contact');
    });
  }

  async setPrimary(scope: TenantScope, id: string): Promise<Contact> {
    return scope.transaction(async (tx) => {
      const contact = await tx.findById(Contact, id, 'Contact');
      await this.lockClient(tx, contact.clientId);
      const contacts = await this.contactsOf(tx, contact.clientId);
      if (!contacts.find((c) => c.id === id)?.isPrimary) {
        await this.demotePrimary(tx, contacts);
        await tx.update(Contact, id, { isPrimary: true }, 'Contact');
      }
      return tx.findById(Contact, id, 'Contact');
    });
  }

  /** Deletes a contact; when it was the primary, the oldest remaining contact becomes primary. Returns the client. */
  async delete(scope: TenantScope, id: string): Promise<Client> {
    return scope.transaction(async (tx) => {
      const contact = await tx.findById(Contact, id, 'Contact');
      await this.lockClient(tx, contact.clientId);
      const promote = primaryAfterDelete(await this.contactsOf(tx, contact.clientId), id);
      await tx.delete(Contact, id, 'Contact');
      if (promote) await tx.update(Contact, promote, { isPrimary: true }, 'Contact');
      await refreshClientSearchText(tx.manager, contact.clientId);
      return tx.findById(Client, contact.clientId, 'Client');
    });
  }

  /** Portal access turned on or off is in the audit log, committed with the change. */
  private auditPortalAccess(tx: TenantScope, contact: Contact, from: boolean, actor: AuditActor): Promise<void> {
    return this.audit.record(
      {
        workspaceId: tx.workspaceId,
        action: contact.portalAccess ? 'portal.accessGranted' : 'portal.accessRevoked',
        actor,
        target: { type: 'contact', id: contact.id, label: contact.email || contact.name },
        changes: { portalAccess: { from, to: contact.portalAccess } },
      },
      tx.manager,
    );
  }

  private async lockClient(tx: TenantScope, clientId: string): Promise<void> {
    if (!isUuid(clientId)) throw notFound('Client');
    const client = await tx
      .query(Client, 'c')
      .andWhere('c.id = :id', { id: clientId })
      .setLock('pessimistic_write')
      .getOne();
    if (!client) await tx.findById(Client, clientId, 'Client'); // throws NOT_FOUND (also for malformed ids)
  }

  private contactsOf(tx: TenantScope, clientId: string): Promise<Contact[]> {
    return tx.query(Contact, 'ct').andWhere('ct."clientId" = :clientId', { clientId }).getMany();
  }

  private async demotePrimary(tx: TenantScope, contacts: readonly Contact[]): Promise<void> {
    for (const c of contacts) if (c.isPrimary) await tx.update(Contact, c.id, { isPrimary: false }, 'Contact');
  }
}
