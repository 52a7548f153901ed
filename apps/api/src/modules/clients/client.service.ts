import {
  assertClientTransition, assertInitialClientStatus, badInput, cleanText, normalizeEmail, normalizeTags,
} from '@clientflow/domain';
import type { ClientStatus } from '@clientflow/domain';
import type { TenantScope } from '../../db/tenant-scope';
import type { TimelineService } from '../timeline/timeline.service';
import { refreshClientSearchText } from './client-search';
import { Client } from './client.entity';
import { Contact } from './contact.entity';
import type { CreateClientInput, UpdateClientInput } from './client.inputs';

type ProfileInput = Omit<UpdateClientInput, 'status' | 'statusReason' | 'name' | 'email'>;

function profilePatch(input: ProfileInput): Partial<Client> {
  const patch: Partial<Client> = {};
  const text = ['legalName', 'phone', 'website', 'industry', 'taxId'] as const;
  for (const key of text) if (input[key] !== undefined) patch[key] = cleanText(input[key]);
  if (input.size !== undefined) patch.size = input.size ?? null;
  if (input.taxIdType !== undefined) patch.taxIdType = input.taxIdType ?? null;
  if (input.firstContactAt !== undefined) patch.firstContactAt = input.firstContactAt ?? null;
  if (input.tags !== undefined) patch.tags = normalizeTags(input.tags ?? []);
  if (input.address !== undefined) {
    const a = input.address ?? {};
    patch.street = cleanText(a.street);
    patch.city = cleanText(a.city);
    patch.region = cleanText(a.region);
    patch.postalCode = cleanText(a.postalCode);
    patch.country = cleanText(a.country)?.toUpperCase() ?? null;
  }
  return patch;
}

export class ClientService {
  constructor(private readonly timeline: TimelineService) {}

  get(scope: TenantScope, id: string): Promise<Client> {
    return scope.findById(Client, id, 'Client');
  }

  async create(scope: TenantScope, input: CreateClientInput): Promise<Client> {
    assertInitialClientStatus(input.status);
    const name = cleanText(input.name);
    if (!name) throw badInput('name', 'name is required');
    const email = normalizeEmail(input.email);
    return scope.transaction(async (tx) => {
      const client = await tx.insert(Client, {
        ...profilePatch(input),
        name,
        email,
        status: input.status,
        firstContactAt: input.firstContactAt ?? new Date(),
        tags: normalizeTags(input.tags ?? []),
        // Staff who only see their own clients must stay able to see what they create.
        ...(tx.assignedUserId ? { accountManagerId: tx.assignedUserId } : {}),
      });
      const contactName = cleanText(input.contactName);
      if (contactName) {
        await tx.insert(Contact, { clientId: client.id, name: contactName, email, isPrimary: true, role: 'DECISION_MAKER' });
      }
      await refreshClientSearchText(tx.manager, client.id);
      return client;
    });
  }

  async update(scope: TenantScope, id: string, input: UpdateClientInput, actorUserId: string | null): Promise<Client> {
    return scope.transaction(async (tx) => {
      const current = await this.lockClient(tx, id);
      const patch = profilePatch(input);
      if (input.name !== undefined) {
        const name = cleanText(input.name);
        if (!name) throw badInput('name', 'name cannot be empty');
        patch.name = name;
      }
      if (input.email !== undefined) patch.email = input.email ? normalizeEmail(input.email) : null;
      if (Object.keys(patch).length) await tx.update(Client, id, patch, 'Client');
      if (input.status && input.status !== current.status) {
        await this.applyStatus(tx, current, input.status, cleanText(input.statusReason), actorUserId);
      }
      await refreshClientSearchText(tx.manager, id);
      return tx.findById(Client, id, 'Client');
    });
  }

  /** Moves a client along the domain's status table and writes the STATUS_CHANGE timeline event. */
  changeStatus(scope: TenantScope, id: string, status: ClientStatus, reason: string | null, actorUserId: string | null) {
    return scope.transaction(async (tx) => {
      const current = await this.lockClient(tx, id);
      if (status !== current.status) await this.applyStatus(tx, current, status, cleanText(reason), actorUserId);
      return tx.findById(Client, id, 'Client');
    });
  }

  /** Archive = INACTIVE and hidden from default lists. */
  archive(scope: TenantScope, id: string, reason: string | null, actorUserId: string | null) {
    return scope.transaction(async (tx) => {
      const current = await this.lockClient(tx, id);
      if (current.archivedAt) return current;
      if (current.status !== 'INACTIVE') await this.applyStatus(tx, current, 'INACTIVE', cleanText(reason), actorUserId);
      await tx.update(Client, id, { archivedAt: new Date() }, 'Client');
      return tx.findById(Client, id, 'Client');
    });
  }

  /** Restore = back to ACTIVE and into the default lists again. */
  restore(scope: TenantScope, id: string, actorUserId: string | null) {
    return scope.transaction(async (tx) => {
      const current = await this.lockClient(tx, id);
      if (current.status !== 'INACTIVE') throw badInput('id', 'Only archived or inactive clients can be restored');
      await this.applyStatus(tx, current, 'ACTIVE', 'Restored', actorUserId);
      return tx.findById(Client, id, 'Client');
    });
  }

  private async lockClient(tx: TenantScope, id: string): Promise<Client> {
    const current = await tx.query(Client, 'c').andWhere('c.id = :id', { id }).setLock('pessimistic_write').getOne();
    return current ?? tx.findById(Client, id, 'Client'); // findById throws NOT_FOUND
  }

  private async applyStatus(tx: TenantScope, current: Client, to: ClientStatus, reason: string | null, actorUserId: string | null) {
    assertClientTransition(current.status, to);
    if (reason && reason.length > 500) throw badInput('reason', 'reason must be at most 500 characters');
    const patch: Partial<Client> = { status: to, statusReason: reason, statusChangedAt: new Date() };
    if (current.status === 'INACTIVE') patch.archivedAt = null; // leaving INACTIVE un-archives
    await tx.update(Client, current.id, patch, 'Client');
    await this.timeline.record(tx, {
      clientId: current.id,
      type: 'STATUS_CHANGE',
      summary: `Status changed from ${current.status} to ${to}`,
      body: reason,
      authorUserId: actorUserId,
      metadata: { from: current.status, to, reason },
    });
  }

  /** Soft delete: the row stays (restorable by Owner/Admin) but leaves every list and lookup. */
  async softDelete(scope: TenantScope, id: string): Promise<void> {
    await scope.update(Client, id, { deletedAt: new Date() }, 'Client');
  }
}
